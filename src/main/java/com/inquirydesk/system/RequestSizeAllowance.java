package com.inquirydesk.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/**
 * A larger body than the API's 64 KiB for the few requests that carry files (file uploads have their own,
 * bounded limit). A feature that accepts uploads declares one as a bean; {@link RequestSizeLimitFilter}
 * asks every allowance and uses the limit of the one that claims the request.
 */
public interface RequestSizeAllowance {

    /** The limit for this request in bytes, or empty when the request is not this allowance's. */
    OptionalLong limitFor(HttpServletRequest request);
}
