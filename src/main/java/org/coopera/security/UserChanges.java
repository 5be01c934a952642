package org.coopera.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The fields of a user that an administrator edits. */
public record UserChanges(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.too-long}")
        String displayName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}")
        String email,
        @NotEmpty(message = "{user.roles.required}")
        Set<Role> roles) {
}
