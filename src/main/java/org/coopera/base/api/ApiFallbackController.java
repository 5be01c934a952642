package org.coopera.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/v1} is a 404 problem, instead of reaching the Vaadin
 * application behind it (the more specific mappings of the API win over this one).
 */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new ApiProblemException(org.springframework.http.HttpStatus.NOT_FOUND, "api.not-found.path");
    }
}
