/**
 * Shared infrastructure of the REST API under {@code /api/v1}: problem details (RFC 9457) for every
 * error, paging, versions as ETags, the request language and the OpenAPI description. The
 * controllers themselves live in each feature's {@code api} sub-package and call only that
 * feature's public services, which stay the security boundary.
 */
package org.coopera.base.api;
