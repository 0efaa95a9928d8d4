package org.casebridge.application.dashboard.view;

import java.util.List;

/** One row of the supervisor's open cases by stage and risk: the stage's total and a figure per risk level. */
public record StageRisk(Figure total, List<Figure> byRisk) implements java.io.Serializable {
}
