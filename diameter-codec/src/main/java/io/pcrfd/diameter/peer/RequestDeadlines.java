package io.pcrfd.diameter.peer;

import java.util.function.Consumer;

/**
 * The deadlines of the requests outstanding on one connection, in deadline order, as an
 * intrusive doubly linked list: adding at the tail, removing an answered request and taking the
 * expired ones off the head are all O(1) per request and allocate nothing beyond the node.
 *
 * <p>Why not one scheduled task per request: at 100k requests/s that is 100k timer inserts and
 * cancels per second on the event loop's priority queue, each O(log n) and an allocation, for
 * timers that almost never fire. Here the connection keeps one timer, armed for the earliest
 * deadline ({@link #earliest()}); since every request of a node uses the same timeout, a new
 * deadline is never earlier than the tail's and the list stays sorted by appending. A shorter
 * timeout is still honoured: it is inserted in order, walking back from the tail.
 *
 * <p>Owned by one event loop: not thread-safe.
 *
 * @param <T> what each deadline belongs to (the pending request)
 */
final class RequestDeadlines<T> {
    /** One outstanding request's place in the list; the owner keeps it to remove it later. */
    static final class Node<T> {
        final T value;
        final long deadlineNanos;
        Node<T> prev;
        Node<T> next;
        boolean linked;

        Node(T value, long deadlineNanos) {
            this.value = value;
            this.deadlineNanos = deadlineNanos;
        }
    }

    private Node<T> head;
    private Node<T> tail;
    private int size;

    /** Adds {@code value} with its deadline; returns its node for {@link #remove}. */
    Node<T> add(T value, long deadlineNanos) {
        Node<T> n = new Node<>(value, deadlineNanos);
        Node<T> after = tail;
        while (after != null && after.deadlineNanos - deadlineNanos > 0) {
            after = after.prev;
        }
        n.prev = after;
        n.next = after == null ? head : after.next;
        if (n.next != null) {
            n.next.prev = n;
        } else {
            tail = n;
        }
        if (after != null) {
            after.next = n;
        } else {
            head = n;
        }
        n.linked = true;
        size++;
        return n;
    }

    /** Takes {@code n} off the list (its request was answered or failed); idempotent. */
    void remove(Node<T> n) {
        if (!n.linked) {
            return;
        }
        if (n.prev != null) {
            n.prev.next = n.next;
        } else {
            head = n.next;
        }
        if (n.next != null) {
            n.next.prev = n.prev;
        } else {
            tail = n.prev;
        }
        n.prev = null;
        n.next = null;
        n.linked = false;
        size--;
    }

    /** Removes every node whose deadline is at or before {@code nowNanos}, oldest first. */
    int expire(long nowNanos, Consumer<T> expired) {
        int n = 0;
        while (head != null && head.deadlineNanos - nowNanos <= 0) {
            Node<T> h = head;
            remove(h);
            expired.accept(h.value);
            n++;
        }
        return n;
    }

    /** The earliest deadline, or {@link Long#MAX_VALUE} when nothing is outstanding. */
    long earliest() {
        return head == null ? Long.MAX_VALUE : head.deadlineNanos;
    }

    /** Takes every node off, oldest first (the connection closed). */
    void drain(Consumer<T> each) {
        while (head != null) {
            Node<T> h = head;
            remove(h);
            each.accept(h.value);
        }
    }

    boolean isEmpty() {
        return head == null;
    }

    int size() {
        return size;
    }
}
