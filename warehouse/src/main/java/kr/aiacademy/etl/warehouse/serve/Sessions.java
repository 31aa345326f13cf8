package kr.aiacademy.etl.warehouse.serve;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.auth2.Auth2Constants;
import org.apache.arrow.flight.auth2.AuthUtilities;
import org.apache.arrow.flight.auth2.BasicCallHeaderAuthenticator;
import org.apache.arrow.flight.auth2.CallHeaderAuthenticator;

/**
 * Flight's basic authentication with sessions: a client's first call carries user and password and is answered
 * with a bearer token, which the client sends from then on. A session ends after a while without calls; a new
 * login over the session limit is refused. Wrong credentials get a clear UNAUTHENTICATED error. A call's peer
 * identity names its session ({@code user#n}).
 */
final class Sessions implements CallHeaderAuthenticator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BasicCallHeaderAuthenticator basic;
    private final Limits limits;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();
    private final BooleanSupplier stopping;

    Sessions(Users users, Limits limits, BooleanSupplier stopping) {
        this.limits = limits;
        this.stopping = stopping;
        this.basic = new BasicCallHeaderAuthenticator((user, password) -> {
            if (!users.accepts(user, password)) {
                throw CallStatus.UNAUTHENTICATED.withDescription("wrong user name or password")
                        .toRuntimeException();
            }
            return () -> user;
        });
    }

    @Override
    public AuthResult authenticate(CallHeaders headers) {
        if (stopping.getAsBoolean()) {
            throw CallStatus.UNAVAILABLE.withDescription("the endpoint is stopping: connect again later")
                    .toRuntimeException();
        }
        String token = AuthUtilities.getValueFromAuthHeader(headers, Auth2Constants.BEARER_PREFIX);
        if (token != null) {
            Session session = sessions.get(token);
            if (session == null || !session.touch(limits.idleSession().toNanos())) {
                sessions.remove(token);
                throw CallStatus.UNAUTHENTICATED.withDescription("the session ended (more than "
                        + limits.idleSession().toMinutes() + " minutes without a call): connect again")
                        .toRuntimeException();
            }
            return () -> session.id;
        }
        AuthResult login = basic.authenticate(headers);
        sessions.values().removeIf(session -> session.idle(limits.idleSession().toNanos()));
        if (sessions.size() >= limits.maxSessions()) {
            throw CallStatus.RESOURCE_EXHAUSTED.withDescription("too many sessions (limit " + limits.maxSessions()
                    + "): close idle connections or try again later").toRuntimeException();
        }
        String newToken = newToken();
        Session session = new Session(login.getPeerIdentity() + "#" + started.incrementAndGet());
        sessions.put(newToken, session);
        return new AuthResult() {
            @Override
            public String getPeerIdentity() {
                return session.id;
            }

            @Override
            public void appendToOutgoingHeaders(CallHeaders outgoing) {
                outgoing.insert(Auth2Constants.AUTHORIZATION_HEADER, Auth2Constants.BEARER_PREFIX + newToken);
            }
        };
    }

    int count() {
        return sessions.size();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class Session {

        /** The user and the session's number: {@code analyst#12}, what calls see as the peer's identity. */
        private final String id;
        private final AtomicLong lastCall = new AtomicLong(System.nanoTime());

        Session(String id) {
            this.id = id;
        }

        boolean idle(long idleNanos) {
            return System.nanoTime() - lastCall.get() > idleNanos;
        }

        /** Records a call; false if the session had already been idle too long. */
        boolean touch(long idleNanos) {
            if (idle(idleNanos)) {
                return false;
            }
            lastCall.set(System.nanoTime());
            return true;
        }
    }
}
