package org.coopera.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator types to create a user. */
public record NewUser(
        @NotBlank(message = "{validation.required}")
        @Size(min = 3, max = 60, message = "{user.username.size}")
        @Pattern(regexp = "[a-zA-Z0-9._@-]*", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.too-long}")
        String displayName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}")
        String email,
        @NotEmpty(message = "{user.roles.required}")
        Set<Role> roles,
        String password) {
}
