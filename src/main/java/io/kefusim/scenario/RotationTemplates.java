package io.kefusim.scenario;

import io.kefusim.scenario.Scenario.Shift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Ready-made rotations. Each template names its shifts; a shift the scenario does not
 * define is added with the usual hours:
 * <ul>
 * <li>{@code day_night} (黑白倒班): two teams, {@code day} 08:00-20:00 and {@code night} 20:00-08:00,
 *     swapping every {@code swap_every} days (default 7). Team 0 starts on days.</li>
 * <li>{@code three_shift} (三班倒): three teams on {@code morning} 08:00-16:00, {@code evening} 16:00-24:00
 *     and {@code night} 00:00-08:00, moving on every {@code swap_every} days (default 7).</li>
 * <li>{@code four_team_three_shift} (四班三倒): four teams on the same three shifts plus rest days:
 *     {@code swap_every} (default 2) days each of morning, evening, night, off.</li>
 * </ul>
 * {@code team} (0-based) picks the team's place in the cycle: team k starts k*swap_every days in.
 */
final class RotationTemplates {
    static final Map<String, Shift> STANDARD = Map.of(
            "day", new Shift("day", 8 * 3600, 20 * 3600, List.of()),
            "night", new Shift("night", 20 * 3600, 8 * 3600, List.of()),
            "morning", new Shift("morning", 8 * 3600, 16 * 3600, List.of()),
            "evening", new Shift("evening", 16 * 3600, 24 * 3600, List.of()),
            "night3", new Shift("night", 0, 8 * 3600, List.of()));

    private RotationTemplates() {}

    static List<String> cycle(Node rot, Map<String, Shift> shifts) {
        String template = rot.req("template").asChoice(new LinkedHashSet<>(List.of("day_night", "three_shift", "four_team_three_shift")));
        List<String> phases;
        int teams;
        int defaultSwap;
        switch (template) {
            case "day_night" -> { phases = List.of("day", "night"); teams = 2; defaultSwap = 7; }
            case "three_shift" -> { phases = List.of("morning", "evening", "night"); teams = 3; defaultSwap = 7; }
            default -> { phases = List.of("morning", "evening", "night", ScenarioLoader.OFF); teams = 4; defaultSwap = 2; }
        }
        int swap = rot.has("swap_every") ? rot.req("swap_every").asInt(1, 365) : defaultSwap;
        int team = rot.has("team") ? rot.req("team").asInt(0, teams - 1) : 0;
        for (String p : phases) {
            if (p.equals(ScenarioLoader.OFF) || shifts.containsKey(p)) continue;
            Shift std = p.equals("night") && !template.equals("day_night") ? STANDARD.get("night3") : STANDARD.get(p);
            shifts.put(p, std);
        }
        List<String> cycle = new ArrayList<>();
        for (String p : phases) for (int i = 0; i < swap; i++) cycle.add(p);
        // Team k is k*swap days ahead in the same cycle.
        List<String> rotated = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) rotated.add(cycle.get((i + team * swap) % cycle.size()));
        return rotated;
    }
}
