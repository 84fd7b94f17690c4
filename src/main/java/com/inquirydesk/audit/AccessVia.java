package com.inquirydesk.audit;

/** Where an access came from: the service's own pages and APIs, or Camunda's webapps (Tasklist, Cockpit, Admin). */
public enum AccessVia {
    DESK, API, CAMUNDA_WEBAPP
}
