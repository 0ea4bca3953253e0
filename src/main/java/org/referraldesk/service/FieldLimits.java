package org.referraldesk.service;

import java.math.BigDecimal;
import org.referraldesk.domain.CleanText;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerNames;

/**
 * The one place for how much each field may hold: the database's column sizes
 * (src/main/resources/db/migration), counted in code points (an emoji is one character, as the
 * owner sees it). Every service write checks its text here before any SQL runs, so an overlong
 * value is a refusal naming the field and the limit, never a database error. Texts are cleaned on
 * the way ({@link CleanText}): one line for names and the like, several lines for needs and notes.
 */
final class FieldLimits {
    static final int NAME = 200;
    static final int COMPANY = 200;
    static final int EMAIL = 320;
    static final int PHONE = 60;
    static final int ADDRESS = 1000;
    static final int NOTES = 4000;
    static final int NEED = 2000;
    /** A story step's, touch's, follow-up's or given referral's note; a story's closing reason. */
    static final int NOTE = 2000;
    static final int ONWARD_TO = 200;
    static final int SKIP_REASON = 1000;
    /** A reopening's reason also skips the ending's follow-ups as "Story reopened: {reason}" (a skip reason). */
    static final int REOPEN_REASON = SKIP_REASON - 20;
    static final int GIFT_DESCRIPTION = 1000;
    static final int GIFT_NOTES = 1000;
    static final int POSTED_WHERE = 200;
    static final int TEMPLATE_SUBJECT = 500;
    static final int TEMPLATE_BODY = 8000;
    static final int BLIND_COPY = 2000;
    static final int WHAT_WE_DO = 1000;
    static final int OWNER_NAME = OwnerNames.MAX_LENGTH;
    /** Money is NUMERIC(12, 2): at most 10 digits before the decimal point. */
    static final int AMOUNT_DIGITS = 10;
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999999.99");

    private FieldLimits() {
    }

    /** An imported field's value (null when blank), refused when longer than {@code limit} characters. */
    static String check(String what, String value, int limit) {
        String text = InvalidInput.optionalText(value);
        if (text != null && length(text) > limit) {
            throw new InvalidInput(what, "import.tooLong", InvalidInput.label(labelKey(what)), length(text), limit);
        }
        return text;
    }

    /** One line, cleaned and stripped (null when blank), refused on {@code field} when over {@code limit}. */
    static String line(String field, String value, int limit, String labelKey) {
        return within(field, InvalidInput.optionalLine(value), limit, labelKey);
    }

    /** One line as {@link #line}, refused with "{label} must not be blank." when blank. */
    static String requiredLine(String field, String value, int limit, String labelKey) {
        return within(field, InvalidInput.requireLine(field, value, labelKey), limit, labelKey);
    }

    /** Text of several lines as {@link #text}, refused when blank. */
    static String requiredText(String field, String value, int limit, String labelKey) {
        return within(field, InvalidInput.requireText(field, value, labelKey), limit, labelKey);
    }

    /** Text of several lines, cleaned and stripped (null when blank), refused when over {@code limit}. */
    static String text(String field, String value, int limit, String labelKey) {
        return within(field, InvalidInput.optionalText(value), limit, labelKey);
    }

    /** {@code value} (already cleaned) refused on {@code field} with "{label} must be at most N characters." */
    static String within(String field, String value, int limit, String labelKey) {
        if (value != null && length(value) > limit) {
            throw new InvalidInput(field, "text.tooLong", InvalidInput.label(labelKey), limit);
        }
        return value;
    }

    /** A contact's details within their columns; {@code role} prefixes the fields ("client": "clientName"). */
    static Contact contact(String role, Contact contact) {
        within(field(role, "name"), contact.name(), NAME, "label.contactName");
        within(field(role, "company"), contact.company(), COMPANY, "label.company");
        within(field(role, "email"), contact.email(), EMAIL, "label.email");
        within(field(role, "phone"), contact.phone(), PHONE, "label.phone");
        within(field(role, "address"), contact.address(), ADDRESS, "label.address");
        within(field(role, "notes"), contact.notes(), NOTES, "label.notes");
        return contact;
    }

    /** An amount of money the database can hold (up to 9,999,999,999.99); null stays null. */
    static BigDecimal amount(String field, BigDecimal amount, String labelKey) {
        if (amount != null && amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
            throw new InvalidInput(field, "money.tooLarge", InvalidInput.label(labelKey), AMOUNT_DIGITS);
        }
        return amount;
    }

    /** How many characters the owner sees: code points, so an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String field(String role, String name) {
        return role.isEmpty() ? name : role + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The refusals' label of a field: "referrer's name" is field.referrerName. */
    private static String labelKey(String what) {
        String[] words = what.replace("'s ", " ").split(" ");
        StringBuilder key = new StringBuilder("field.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
