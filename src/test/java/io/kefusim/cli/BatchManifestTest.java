package io.kefusim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A manifest line that names no scenario file says which it is (no such file, a folder) and what a line may hold. */
class BatchManifestTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileAndAFolderAreSaidAsSuch() throws Exception {
        Files.createDirectories(dir.resolve("shops"));
        Path missing = dir.resolve("missing.txt"), folder = dir.resolve("folder.txt");
        Files.writeString(missing, "# fleet\n\nshops/nosuch.yaml\n");
        Files.writeString(folder, "shops  # the folder\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.kefusim("batch", missing.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + missing + ":3: 'shops/nosuch.yaml': no such file (looked for " + dir.resolve("shops/nosuch.yaml")
                + "); allowed: one scenario file (.yaml, .yml or .json) a line, relative to the manifest's folder, '#' starting a comment\n", r.err());
        CliRunner.Result zh = CliRunner.kefusim("batch", missing.toString(), "--replications", "2", "--out", out.toString(), "--lang", "zh");
        assertEquals("错误：" + missing + ":3: 'shops/nosuch.yaml'：没有这个文件（查找的是 " + dir.resolve("shops/nosuch.yaml")
                + "）；允许：每行一个方案文件（.yaml、.yml 或 .json），相对于清单所在的文件夹，'#' 之后为注释\n", zh.err());
        CliRunner.Result f = CliRunner.kefusim("batch", folder.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(2, f.code(), f.err());
        assertEquals("error: " + folder + ":1: 'shops' is a folder; allowed: one scenario file (.yaml, .yml or .json) a line, relative to the manifest's folder, "
                + "'#' starting a comment (to run a folder's scenarios, give the folder to batch)\n", f.err());
        assertEquals(false, Files.exists(out), "no results folder");
    }
}
