package org.referraldesk.io.mail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/** An HTML body turned into plain text the way a mail client shows it: one line a block, no tags. */
final class MailText {
    private MailText() {
    }

    /** Styles, scripts and quoted history (blockquote) are not what the sender wrote now. */
    private static boolean hides(HTML.Tag tag) {
        return tag == HTML.Tag.STYLE || tag == HTML.Tag.SCRIPT || tag == HTML.Tag.HEAD || tag == HTML.Tag.BLOCKQUOTE;
    }

    static String fromHtml(String html) {
        StringBuilder text = new StringBuilder();
        HTMLEditorKit.ParserCallback collect = new HTMLEditorKit.ParserCallback() {
            private int hidden;

            @Override
            public void handleText(char[] data, int pos) {
                if (hidden == 0) {
                    text.append(data);
                }
            }

            @Override
            public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
                if (hides(tag)) {
                    hidden++;
                } else if (tag.breaksFlow()) {
                    text.append('\n');
                }
            }

            @Override
            public void handleEndTag(HTML.Tag tag, int pos) {
                if (hides(tag)) {
                    hidden = Math.max(0, hidden - 1);
                } else if (tag.breaksFlow()) {
                    text.append('\n');
                }
            }

            @Override
            public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
                if (tag == HTML.Tag.BR || tag.breaksFlow()) {
                    text.append('\n');
                }
            }
        };
        try {
            new ParserDelegator().parse(new StringReader(html), collect, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace('\u00a0', ' ');
    }
}
