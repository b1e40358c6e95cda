package org.svgroups.loadgen;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The share of each operation in the traffic, as integer weights: {@code message=90,share=10} sends nine plain
 * messages for every share, chosen at random.
 */
record Mix(Map<OpKind, Integer> weights) {

    Mix {
        weights = new EnumMap<>(weights);
        weights.values().removeIf(w -> w == 0);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one operation with a positive weight");
        }
    }

    /** Reads {@code kind=weight[,kind=weight...]}, e.g. {@code message=90,share=10}. */
    static Mix parse(String spec) {
        Map<OpKind, Integer> weights = new EnumMap<>(OpKind.class);
        for (String part : spec.split(",")) {
            String[] pair = part.split("=", -1);
            if (pair.length != 2 || pair[0].isBlank()) {
                throw new IllegalArgumentException("not kind=weight: '" + part + "' in mix '" + spec + "'");
            }
            OpKind kind = OpKind.of(pair[0]);
            int weight;
            try {
                weight = Integer.parseInt(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the weight of " + kind.label() + " is not a whole number: '" + pair[1] + "'");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("the weight of " + kind.label() + " is negative: " + weight);
            }
            if (weights.put(kind, weight) != null) {
                throw new IllegalArgumentException(kind.label() + " appears twice in mix '" + spec + "'");
            }
        }
        return new Mix(weights);
    }

    boolean includes(OpKind kind) {
        return weights.containsKey(kind);
    }

    /**
     * The operation for a uniform random number: each kind takes a slice of [0, 1) as wide as its share of the total
     * weight, in declaration order.
     *
     * @param uniform in [0, 1)
     */
    OpKind pick(double uniform) {
        if (!(uniform >= 0 && uniform < 1)) {
            throw new IllegalArgumentException("not in [0, 1): " + uniform);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        double point = uniform * total;
        int upTo = 0;
        OpKind last = null;
        for (Map.Entry<OpKind, Integer> entry : weights.entrySet()) {
            upTo += entry.getValue();
            last = entry.getKey();
            if (point < upTo) {
                return last;
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return weights.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
