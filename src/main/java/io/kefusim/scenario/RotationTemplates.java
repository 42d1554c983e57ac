package io.kefusim.scenario;

import io.kefusim.scenario.Scenario.Shift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Ready-made rotations. Each template names its shifts; a shift the scenario does not
 * define is added with the usual hours. Every hand-over leaves the team a rest: no template
 * puts two shifts back to back (night then day would be a 24-hour stint).
 * <ul>
 * <li>{@code day_night} (黑白倒班): two teams, {@code day} 08:00-20:00 and {@code night} 20:00-08:00.
 *     A team's cycle is a rest day, {@code swap_every - 1} days, then {@code swap_every} nights
 *     (default 7): the rest day falls after the last night, before the first day. Two teams cannot
 *     also cover every day shift: on each hand-over date the day shift has no team ({@code validate}
 *     says so), and each agent works 78 h a week with 7-day runs, over the labour rules' limits;
 *     covering every hour legally takes more teams.</li>
 * <li>{@code three_shift} (三班倒): three teams on {@code morning} 08:00-16:00, {@code evening}
 *     16:00-24:00 and {@code night} 00:00-08:00: {@code swap_every} mornings, {@code swap_every - 1}
 *     evenings, a rest day, {@code swap_every} nights (default 7). The rest day keeps evening and night
 *     apart (evening to 24:00 then night from 00:00 would be a 16-hour stint); one evening shift per
 *     cycle has no team.</li>
 * <li>{@code four_team_three_shift} (四班三倒): four teams on the same three shifts with rest days:
 *     {@code swap_every} (default 2) days each of morning, evening, rest, night. Every shift of every
 *     day has a team, and every hand-over has at least 24 hours' rest.</li>
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
        String off = ScenarioLoader.OFF;
        int teams = switch (template) {
            case "day_night" -> 2;
            case "three_shift" -> 3;
            default -> 4;
        };
        int defaultSwap = template.equals("four_team_three_shift") ? 2 : 7;
        int minSwap = template.equals("four_team_three_shift") ? 1 : 2; // a rest day takes one day of a run
        int swap = rot.has("swap_every") ? rot.req("swap_every").asInt(minSwap, 365) : defaultSwap;
        int team = rot.has("team") ? rot.req("team").asInt(0, teams - 1) : 0;
        List<String> cycle = new ArrayList<>();
        switch (template) {
            case "day_night" -> {
                cycle.add(off);
                repeat(cycle, "day", swap - 1);
                repeat(cycle, "night", swap);
            }
            case "three_shift" -> {
                repeat(cycle, "morning", swap);
                repeat(cycle, "evening", swap - 1);
                cycle.add(off);
                repeat(cycle, "night", swap);
            }
            default -> {
                repeat(cycle, "morning", swap);
                repeat(cycle, "evening", swap);
                repeat(cycle, off, swap);
                repeat(cycle, "night", swap);
            }
        }
        for (String p : new LinkedHashSet<>(cycle)) {
            if (p.equals(off) || shifts.containsKey(p)) continue;
            Shift std = p.equals("night") && !template.equals("day_night") ? STANDARD.get("night3") : STANDARD.get(p);
            shifts.put(p, std);
        }
        // Team k is k*swap days ahead in the same cycle.
        List<String> rotated = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) rotated.add(cycle.get((i + team * swap) % cycle.size()));
        return rotated;
    }

    private static void repeat(List<String> cycle, String shift, int times) {
        for (int i = 0; i < times; i++) cycle.add(shift);
    }
}
