package io.kefusim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A phone desk of one group, 60 calls an hour, talk 2 min on average, target 20 s: the fixture the phone-words and
 * labour-only tests share. {@code AGENTS} and {@code MONEY} (written after the type's messages) are filled in.
 */
final class PhoneDesk {
    static final String DESK = "name: desk\nstart: 2026-11-11T08:00\nhorizon: 4h\nreplications: 2\nseed: 7\nservice_level_target: 20s\n"
            + "demand: {pattern: {hourly: [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]}, mix: {presale: 1}}\n"
            + "buyers: {presale: {messages: {dist: constant, value: 1}MONEY}}\n"
            + "agents: [{group: a, skills: [presale], channel: phone, reply_time: {dist: exponential, mean: 2m}}]\n"
            + "shifts: {all: {from: \"00:00\", to: \"24:00\"}}\nroster: [{group: a, shift: all, agents: AGENTS}]\n";

    private PhoneDesk() {}

    /** The desk with {@code agents} on duty and {@code money} (e.g. {@code ", conversion: 0"}), written as {@code dir/name.yaml}. */
    static Path file(Path dir, String name, int agents, String money) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), DESK.replace("AGENTS", String.valueOf(agents)).replace("MONEY", money));
    }
}
