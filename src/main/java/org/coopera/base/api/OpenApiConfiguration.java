package org.coopera.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (springdoc builds it from the controllers; served at
 * {@code /api/v1/openapi.json}, browsable at {@code /api/docs}). Every operation takes HTTP Basic
 * or a bearer token.
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI cooperaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Coopera API").version("v1")
                        .description("Working groups, programmes, projects, status updates, reference data, "
                                + "measures, bulletins, dashboard figures and programme reports. Errors are RFC 9457 "
                                + "problem details; changes need the record's ETag in If-Match."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token created in Coopera (menu « Jetons d’API » / API tokens)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
