package org.casebridge.domain.model.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A sentence for a person, as a resource-bundle key plus its arguments (the interfaces turn it into
 * text in the reader's language). Arguments are codes, numbers, statuses (enums, shown through their
 * labels), dates or other messages (a field's label): never names or free text, since the key and
 * arguments may reach a log line. A key that is not in the bundle is shown as it is written.
 */
public record Message(String key, List<Object> args) implements Serializable {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args == null ? List.of() : args));
    }

    /**
     * Enum constants (statuses, services) as one message argument, each shown by its label in the reader's language,
     * in declaration order: {@code error.list.item} joins two, {@code error.list.none} stands for none.
     */
    public static <E extends Enum<E>> Object listOf(Set<E> items) {
        List<E> inOrder = items.stream().sorted().toList();
        if (inOrder.isEmpty()) {
            return of("error.list.none");
        }
        Object joined = inOrder.get(inOrder.size() - 1);
        for (int i = inOrder.size() - 2; i >= 0; i--) {
            joined = of("error.list.item", inOrder.get(i), joined);
        }
        return joined;
    }

    public static Message of(String key, Object... args) {
        List<Object> list = new ArrayList<>();
        if (args != null) {
            Collections.addAll(list, args);
        }
        return new Message(key, list);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
