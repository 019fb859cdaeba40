package uk.police.purdah.publication.anonymiser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PUB-2: an Aho-Corasick automaton whose alphabet is folded words, not characters. Every registry term (a name,
 * a variant, an initials form, a party, a street) is a path of words; {@link #scan} walks a text's words once,
 * following failure links, and reports every term that ends at each word, so the cost is linear in the text
 * whatever the number of terms. A hard separator (a comma, a bracket, a blank line) returns it to the root: no
 * term runs across one. Built once per registry version, then immutable and thread safe.
 */
final class WordAutomaton<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
        Node<V> fail;
        /** the nearest node on the failure chain that ends a term */
        Node<V> output;
        int depth;
    }

    /** A term that ends at word {@code last} and began at word {@code first}. */
    interface Hit<V> {
        void found(int first, int last, List<V> values);
    }

    private final Node<V> root = new Node<>();
    private boolean built;
    private int terms;

    void add(List<String> words, V value) {
        if (built) {
            throw new IllegalStateException("already built");
        }
        if (words.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String w : words) {
            Node<V> parent = node;
            node = node.next.computeIfAbsent(w, k -> {
                Node<V> n = new Node<>();
                n.depth = parent.depth + 1;
                return n;
            });
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            terms++;
        }
    }

    int size() {
        return terms;
    }

    WordAutomaton<V> build() {
        ArrayDeque<Node<V>> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node<V> child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<V> node = queue.poll();
            node.output = !node.fail.values.isEmpty() ? node.fail : node.fail.output;
            for (Map.Entry<String, Node<V>> e : node.next.entrySet()) {
                Node<V> f = node.fail;
                while (f != root && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                Node<V> target = f.next.get(e.getKey());
                e.getValue().fail = target != null && target != e.getValue() ? target : root;
                queue.add(e.getValue());
            }
        }
        built = true;
        return this;
    }

    void scan(Text text, Hit<V> hit) {
        Node<V> state = root;
        for (int i = 0; i < text.words.size(); i++) {
            if (!text.soft[i]) {
                state = root;
            }
            String w = text.words.get(i).folded();
            while (state != root && !state.next.containsKey(w)) {
                state = state.fail;
            }
            state = state.next.getOrDefault(w, root);
            for (Node<V> out = state.values.isEmpty() ? state.output : state; out != null; out = out.output) {
                hit.found(i - out.depth + 1, i, out.values);
            }
        }
    }
}
