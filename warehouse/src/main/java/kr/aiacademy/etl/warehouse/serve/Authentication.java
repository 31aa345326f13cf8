package kr.aiacademy.etl.warehouse.serve;

import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.auth2.BasicCallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.CallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.GeneratedBearerTokenAuthenticator;

/**
 * Flight's basic authentication: the client's first call carries user and password, the answer a bearer token
 * that the client sends from then on. Wrong credentials get a clear UNAUTHENTICATED error.
 */
final class Authentication {

    private Authentication() {
    }

    static CallHeaderAuthenticator of(Users users) {
        BasicCallHeaderAuthenticator basic = new BasicCallHeaderAuthenticator((user, password) -> {
            if (!users.accepts(user, password)) {
                throw CallStatus.UNAUTHENTICATED.withDescription("wrong user name or password")
                        .toRuntimeException();
            }
            return () -> user;
        });
        return new GeneratedBearerTokenAuthenticator(basic);
    }
}
