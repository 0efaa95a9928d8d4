package org.casebridge.interfaces.account.rest;

import java.util.List;

/** The ten one-time recovery codes, answered once when the second factor is confirmed; only their hashes are kept. */
public record RecoveryCodesDto(List<String> recoveryCodes) {
}
