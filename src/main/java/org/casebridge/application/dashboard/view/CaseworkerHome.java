package org.casebridge.application.dashboard.view;

import java.util.List;
import org.casebridge.application.notification.view.NotificationView;

/**
 * A caseworker's work: their open cases (assigned to them) by stage; reviews overdue and due within 7 days;
 * cases with support-plan items due; referrals waiting (drafts to send, sent and awaiting an answer, overdue);
 * for a focal point, cooperation requests waiting for their country or overdue; their latest notifications.
 */
public record CaseworkerHome(List<Figure> myOpenByStage, List<Figure> work, List<Figure> cooperation,
        List<NotificationView> recentNotifications) implements java.io.Serializable {
}
