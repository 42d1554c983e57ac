package io.kefusim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Full-width punctuation is refused only where it stands for YAML's own (BadYamlTest): in a word of a
 * block value, in quotes and in a comment it is text, read as written.
 */
class FullWidthTextTest {
    @Test
    void aWordAQuotedItemAndACommentKeepTheirFullWidthPunctuation() {
        Node root = TreeReader.parse("t.yaml", """
                a: 双十一，大促（旗舰店）、晚班
                b: ["店，铺", 'a、b', 【x】]
                c: {d: "1，2"}   # 售前，售后（旗舰）【注】
                """, false, "", true);
        assertEquals("双十一，大促（旗舰店）、晚班", root.req("a").text());
        assertEquals("店，铺", root.req("b").items().get(0).text());
        assertEquals("a、b", root.req("b").items().get(1).text());
        assertEquals("【x】", root.req("b").items().get(2).text());
        assertEquals("1，2", root.req("c").req("d").text());
    }
}
