package uk.police.purdah.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.purdah.testsupport.DevStackResource;
import uk.police.purdah.testsupport.OpenApiDocumentContract;

/** The notification-service API document, linted (DESIGN §5, §6). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
