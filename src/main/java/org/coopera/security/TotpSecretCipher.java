package org.coopera.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets kept in the database (AES-GCM, a random 96-bit nonce per secret, the
 * user's id as associated data so that a secret copied to another row does not decrypt). The key
 * lives outside the database ({@code coopera.security.totp.encryption-key}). Without a key Coopera
 * refuses to start when administrators must use two-factor sign-in, and otherwise offers no
 * two-factor sign-in.
 */
@Component
class TotpSecretCipher implements SmartInitializingSingleton {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;
    private final boolean keyRequired;

    TotpSecretCipher(TotpProperties properties,
                     @Value("${coopera.security.local-accounts:true}") boolean localAccounts) {
        String encoded = properties.encryptionKey() == null ? "" : properties.encryptionKey().strip();
        this.keyRequired = properties.requiredForAdministrators() && localAccounts;
        if (encoded.isEmpty()) {
            key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("coopera.security.totp.encryption-key (COOPERA_TOTP_ENCRYPTION_KEY) "
                    + "is not valid base64");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException("coopera.security.totp.encryption-key (COOPERA_TOTP_ENCRYPTION_KEY) "
                    + "must be 16, 24 or 32 bytes in base64 (openssl rand -base64 32); it has " + bytes.length);
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * Refuses to start without a key while administrators must use two-factor sign-in; checked once
     * every bean is made, so that a database out of reach is reported first.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (key == null && keyRequired) {
            throw new IllegalStateException("coopera.security.totp.encryption-key is not set: administrators "
                    + "must use two-factor sign-in and its secrets are stored encrypted. Set the environment "
                    + "variable COOPERA_TOTP_ENCRYPTION_KEY to a random 256-bit key in base64 "
                    + "(for instance: openssl rand -base64 32), or set "
                    + "coopera.security.totp.required-for-administrators=false");
        }
    }

    /** Whether a key is configured, so that users may turn on two-factor sign-in. */
    boolean available() {
        return key != null;
    }

    String encrypt(byte[] secret, long userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, userId);
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a TOTP secret", e);
        }
    }

    byte[] decrypt(String stored, long userId) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), userId);
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a TOTP secret (wrong COOPERA_TOTP_ENCRYPTION_KEY?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long userId) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("No coopera.security.totp.encryption-key");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(userId).array());
        return cipher;
    }
}
