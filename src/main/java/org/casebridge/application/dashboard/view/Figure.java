package org.casebridge.application.dashboard.view;

import java.util.Map;

/**
 * One figure of a home page: what it counts ({@code key}, e.g. {@code reviewsOverdue} or a stage), the count,
 * and the list behind it: {@code list} names the screen ({@code cases}, {@code referrals}, {@code cooperation},
 * {@code audit}, {@code users}, {@code security}) and {@code filter} its address parameters, so that the list
 * opened from the figure shows exactly the records counted (within the same access).
 */
public record Figure(String key, long value, String list, Map<String, String> filter) implements java.io.Serializable {
}
