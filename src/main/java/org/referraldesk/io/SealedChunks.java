package org.referraldesk.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.referraldesk.domain.InvalidInput;

/**
 * A document sealed in chunks of {@value #CHUNK} bytes, each its own AES-GCM message (ADR 0015's
 * streaming backups): the nonce of chunk n is the backup's nonce with n added into its last four
 * bytes, and each chunk says in its authenticated data whether it is the last. So chunks cannot be
 * reordered, dropped or cut off unnoticed, and neither side ever holds more than one chunk.
 */
final class SealedChunks {
    static final int CHUNK = 64 * 1024;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;

    private SealedChunks() {
    }

    static OutputStream sealing(OutputStream out, SecretKey key, byte[] nonce) {
        return new FilterOutputStream(out) {
            private final byte[] buffer = new byte[CHUNK];
            private int filled;
            private int counter;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                while (length > 0) {
                    if (filled == CHUNK) {
                        emit(false);
                    }
                    int take = Math.min(length, CHUNK - filled);
                    System.arraycopy(bytes, offset, buffer, filled, take);
                    filled += take;
                    offset += take;
                    length -= take;
                }
            }

            private void emit(boolean last) throws IOException {
                out.write(crypt(Cipher.ENCRYPT_MODE, key, nonce, counter++, last, buffer, filled));
                filled = 0;
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    emit(true);
                    out.close();
                }
            }
        };
    }

    static InputStream opening(InputStream in, SecretKey key, byte[] nonce) {
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int at;
            private int counter;
            private byte[] next;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                while (at == plain.length) {
                    if (done) {
                        return -1;
                    }
                    advance();
                }
                int take = Math.min(length, plain.length - at);
                System.arraycopy(plain, at, into, offset, take);
                at += take;
                return take;
            }

            private void advance() throws IOException {
                byte[] current = next != null ? next : in.readNBytes(CHUNK + TAG_BYTES);
                next = in.readNBytes(CHUNK + TAG_BYTES);
                boolean last = next.length == 0;
                if (current.length < TAG_BYTES || (!last && current.length != CHUNK + TAG_BYTES)) {
                    throw new InvalidInput("file", "backup.checksum");
                }
                plain = crypt(Cipher.DECRYPT_MODE, key, nonce, counter++, last, current, current.length);
                at = 0;
                done = last;
            }
        };
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, int counter, boolean last, byte[] bytes,
            int length) {
        byte[] iv = nonce.clone();
        for (int i = 0; i < 4; i++) {
            iv[iv.length - 1 - i] ^= (byte) (counter >>> (8 * i));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher.doFinal(bytes, 0, length);
        } catch (AEADBadTagException e) {
            throw new InvalidInput("file", "backup.wrongPassword");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
