package org.referraldesk.io.imports;

/** A file's text and the encoding it was read in, as the owner reads it ("UTF-8 with BOM"). */
public record DecodedText(String text, String encoding) {
}
