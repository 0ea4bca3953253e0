package org.referraldesk.cli;

import java.util.Map;
import org.referraldesk.domain.Channel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The --channel values: email, phone, in-person, web-form, other. */
final class Channels implements ITypeConverter<Channel> {
    static final Map<String, Channel> BY_NAME = Map.of("email", Channel.EMAIL_INTRODUCTION, "phone", Channel.PHONE,
            "in-person", Channel.IN_PERSON, "web-form", Channel.WEB_FORM, "other", Channel.OTHER);

    /** The --channel word for {@code channel}, e.g. "email" for an email introduction. */
    static String word(Channel channel) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == channel).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    @Override
    public Channel convert(String value) {
        Channel channel = BY_NAME.get(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (channel == null) {
            throw new TypeConversionException(Said.text("cli.channel.unknown", value));
        }
        return channel;
    }
}
