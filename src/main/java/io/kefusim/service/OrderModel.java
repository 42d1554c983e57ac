package io.kefusim.service;

import io.kefusim.scenario.Scenario;

/**
 * Expected orders lost to slow or missing replies. A buyer of a type with conversion c would
 * order with probability c if answered at once, c * f(w) if first answered after w, and
 * c * silent_buy if never answered (abandoned, or still waiting at the end). Lost orders
 * are expectations, not coin flips, so they add no sampling noise of their own.
 */
final class OrderModel {
    private final Scenario.BuyerType[] types;

    OrderModel(Scenario s) {
        types = s.buyers().toArray(Scenario.BuyerType[]::new);
    }

    /** Expected orders lost for a chat of this type; NaN first response = never answered. */
    double lostOrders(int type, double firstResponse) {
        return lostOrdersKept(type, firstResponse, Double.isNaN(firstResponse) ? 0 : kept(type, firstResponse));
    }

    /**
     * The conversion factor at a closed chat's first response, f(w), worked out once for both
     * {@link #lostOrdersKept} and {@link #expectedSalesKept} (0 for a type that does not convert):
     * one lookup instead of two.
     */
    double kept(int type, double firstResponse) {
        Scenario.BuyerType b = types[type];
        return b.conversion() == 0 ? 0 : b.conversionFactor().at(firstResponse);
    }

    /** {@link #lostOrders} given {@code kept} = {@link #kept}(type, firstResponse). */
    double lostOrdersKept(int type, double firstResponse, double kept) {
        Scenario.BuyerType b = types[type];
        if (b.conversion() == 0) return 0;
        return b.conversion() * (1 - (Double.isNaN(firstResponse) ? b.silentBuy() : kept));
    }

    /** Expected sales the answering agent closes (for commission), given {@code kept} = {@link #kept}(type, firstResponse). */
    double expectedSalesKept(int type, double kept) {
        Scenario.BuyerType b = types[type];
        if (b.conversion() == 0) return 0;
        return b.conversion() * kept * b.orderValue();
    }

    double orderValue(int type) {
        return types[type].orderValue();
    }
}
