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
        Scenario.BuyerType b = types[type];
        if (b.conversion() == 0) return 0;
        double kept = Double.isNaN(firstResponse) ? b.silentBuy() : b.conversionFactor().at(firstResponse);
        return b.conversion() * (1 - kept);
    }

    /** Expected sales the answering agent closes (for commission). */
    double expectedSales(int type, double firstResponse) {
        Scenario.BuyerType b = types[type];
        if (b.conversion() == 0) return 0;
        return b.conversion() * b.conversionFactor().at(firstResponse) * b.orderValue();
    }

    double orderValue(int type) {
        return types[type].orderValue();
    }
}
