package org.coopera.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other address under {@code /api/v1} is a 404 problem, instead of reaching the Vaadin
 * application behind it (the more specific mappings of the API win over this one). An address the
 * API has, asked in a format it does not give ({@code Accept}), lands here too: that is a 406.
 */
@RestController
@Hidden
class ApiFallbackController {

    private final RequestMappingHandlerMapping mappings;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/v1/**")
    void unknown(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (entry.getValue().getBeanType() == ApiFallbackController.class
                    || info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null
                    || info.getMethodsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            if (info.getProducesCondition().getMatchingCondition(request) == null) {
                throw new HttpMediaTypeNotAcceptableException(
                        new java.util.ArrayList<MediaType>(info.getProducesCondition().getProducibleMediaTypes()));
            }
        }
        throw new ApiProblemException(org.springframework.http.HttpStatus.NOT_FOUND, "api.not-found.path");
    }
}
