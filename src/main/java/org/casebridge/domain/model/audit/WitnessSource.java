package org.casebridge.domain.model.audit;

import java.net.URI;
import java.security.PublicKey;

/**
 * Another installation this one witnesses: its name here, where it answers, and the key its
 * checkpoints must be signed with (pinned in configuration, never taken from what it sends).
 */
public record WitnessSource(String name, URI base, PublicKey publicKey) {
}
