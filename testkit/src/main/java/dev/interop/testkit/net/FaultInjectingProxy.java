package dev.interop.testkit.net;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A real HTTP/1.1 reverse proxy on a free loopback port ({@code 127.0.0.1}) that stands between two services in a
 * test, so the test can prove how they behave when the network between them fails.
 *
 * <p>Each connection carries one request, answered with {@code Connection: close}; each connection gets its own
 * daemon thread. The proxy forwards the request (method, path and query, headers, body) to the current {@linkplain
 * #retarget target} and answers with the target's answer, after applying the next {@link Fault}:
 * <ol>
 *   <li>the first {@linkplain #script scripted} fault whose path predicate matches the request's path (without the
 *       query) is taken off the script;</li>
 *   <li>else the newest {@linkplain #always standing} fault whose predicate matches;</li>
 *   <li>else {@link Fault#PASS}.</li>
 * </ol>
 *
 * <p>Forwarding is byte-exact for the body. Hop-by-hop headers ({@code Connection} and the headers it names, {@code
 * Keep-Alive}, {@code Proxy-Connection}, {@code Transfer-Encoding}, {@code TE}, {@code Trailer}, {@code Upgrade},
 * {@code Proxy-Authenticate}, {@code Proxy-Authorization}) are dropped both ways, as are {@code Expect} (the proxy
 * answers {@code 100-continue} itself) and {@code Content-Length}, which is recomputed; {@code Host} becomes the
 * target's. Chunked request bodies are accepted: the proxy decodes them (dropping trailers) and forwards the exact
 * bytes with a {@code Content-Length}; chunked answers are passed on the same way. Other transfer codings in a
 * request are refused with 501. A target that cannot be reached, or breaks off its answer, is answered with 502 and
 * a short {@code text/plain} body, and recorded with {@link Exchange#targetDown()}.
 *
 * <p>Every handled request is recorded as an {@link Exchange} before its answer is written, so a caller that has its
 * answer can already see the exchange; requests the proxy cannot parse are answered 400 and not recorded. All
 * methods are thread-safe.
 *
 * <pre>{@code
 * try (FaultInjectingProxy klarna = FaultInjectingProxy.start(sandbox.uri())) {
 *     klarna.script(Fault.DROP_AFTER_FORWARDING);
 *     // point the service under test at klarna.uri(), act, then:
 *     assertThat(klarna.forwardedCount(exchange -> exchange.path().startsWith("/v1/payment"))).isEqualTo(1);
 * }
 * }</pre>
 */
public final class FaultInjectingProxy implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration TARGET_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALLER_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "expect");

    private final ServerSocket server;
    private final URI uri;
    private final ExecutorService workers;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object faultLock = new Object();
    private final List<Rule> scripted = new ArrayList<>();
    private final Deque<Rule> standing = new ArrayDeque<>();
    private final List<Exchange> log = new ArrayList<>();
    private volatile URI target;
    private volatile boolean closed;

    private FaultInjectingProxy(ServerSocket server, URI target) {
        this.server = server;
        this.target = target;
        this.uri = URI.create("http://127.0.0.1:" + server.getLocalPort());
        String name = "fault-proxy-" + server.getLocalPort();
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> daemon(task, name + "-conn-" + counter.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, name + "-accept");
    }

    /**
     * Opens a proxy on a free port of {@code 127.0.0.1}, forwarding to {@code target}.
     *
     * @param target the base URI of the service behind the proxy: {@code http}, a host, an optional port and an
     *     optional base path that is put before every request path; no query
     * @return the running proxy; close it to free the port
     * @throws UncheckedIOException if no loopback port can be opened
     */
    public static FaultInjectingProxy start(URI target) {
        URI checked = checkTarget(target);
        try {
            ServerSocket server = new ServerSocket(0, 128, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            FaultInjectingProxy proxy = new FaultInjectingProxy(server, checked);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the proxy", e);
        }
    }

    /** @return the proxy's base URI, {@code http://127.0.0.1:port}, to give the calling service */
    public URI uri() {
        return uri;
    }

    /**
     * @param pathAndQuery a path starting with {@code /}, with an optional query
     * @return that path on the proxy
     */
    public URI uri(String pathAndQuery) {
        return URI.create(uri + pathAndQuery);
    }

    /** @return the port the proxy listens on */
    public int port() {
        return server.getLocalPort();
    }

    /** @return the base URI requests are currently forwarded to */
    public URI target() {
        return target;
    }

    /**
     * Forwards requests that arrive from now on to another target; requests already in flight keep theirs.
     *
     * @param newTarget the base URI of the service behind the proxy, as for {@link #start}
     * @return this proxy
     */
    public FaultInjectingProxy retarget(URI newTarget) {
        this.target = checkTarget(newTarget);
        return this;
    }

    /**
     * Appends faults to the script, for requests to any path: each is applied once, in order, to the next request.
     *
     * @param faults the faults, applied one per request
     * @return this proxy
     */
    public FaultInjectingProxy script(Fault... faults) {
        return scriptFor(path -> true, faults);
    }

    /**
     * Appends faults to the script that apply only to requests whose path (without the query) matches; requests to
     * other paths skip them and leave them for later.
     *
     * @param pathMatches tells the paths the faults are for; keep it cheap and side-effect free
     * @param faults the faults, applied one per matching request
     * @return this proxy
     */
    public FaultInjectingProxy scriptFor(Predicate<String> pathMatches, Fault... faults) {
        Objects.requireNonNull(pathMatches, "pathMatches");
        List<Fault> checked = List.of(faults);
        synchronized (faultLock) {
            for (Fault fault : checked) {
                scripted.add(new Rule(pathMatches, fault));
            }
        }
        return this;
    }

    /**
     * As {@link #scriptFor(Predicate, Fault...)}, for paths the regular expression matches entirely.
     *
     * @param pathRegex a regular expression for the whole path, e.g. {@code /v1/notifications/.*}
     * @param faults the faults, applied one per matching request
     * @return this proxy
     */
    public FaultInjectingProxy scriptFor(String pathRegex, Fault... faults) {
        return scriptFor(Pattern.compile(pathRegex).asMatchPredicate(), faults);
    }

    /**
     * Applies {@code fault} to every request with no scripted fault, until {@link #heal()}; a later standing fault
     * takes precedence over this one.
     *
     * @param fault the standing fault, e.g. {@code Fault.answerWithoutForwarding(503, "down for maintenance")}
     * @return this proxy
     */
    public FaultInjectingProxy always(Fault fault) {
        return alwaysFor(path -> true, fault);
    }

    /**
     * Applies {@code fault} to every request whose path (without the query) matches and that has no scripted fault,
     * until {@link #heal()}; standing faults added later take precedence.
     *
     * @param pathMatches tells the paths the fault is for
     * @param fault the standing fault
     * @return this proxy
     */
    public FaultInjectingProxy alwaysFor(Predicate<String> pathMatches, Fault fault) {
        Rule rule = new Rule(pathMatches, fault);
        synchronized (faultLock) {
            standing.addFirst(rule);
        }
        return this;
    }

    /**
     * As {@link #alwaysFor(Predicate, Fault)}, for paths the regular expression matches entirely.
     *
     * @param pathRegex a regular expression for the whole path
     * @param fault the standing fault
     * @return this proxy
     */
    public FaultInjectingProxy alwaysFor(String pathRegex, Fault fault) {
        return alwaysFor(Pattern.compile(pathRegex).asMatchPredicate(), fault);
    }

    /**
     * Removes every standing and scripted fault: from now on requests pass through (those in flight finish as
     * they began). The exchange log is kept.
     *
     * @return this proxy
     */
    public FaultInjectingProxy heal() {
        synchronized (faultLock) {
            scripted.clear();
            standing.clear();
        }
        return this;
    }

    /** @return how many scripted faults have not been applied yet */
    public int scriptedRemaining() {
        synchronized (faultLock) {
            return scripted.size();
        }
    }

    /** @return a snapshot of the exchanges recorded so far, oldest first */
    public List<Exchange> exchanges() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /**
     * Waits until at least {@code count} exchanges are recorded, for faults that finish after the caller has given
     * up (a delayed answer the caller timed out on).
     *
     * @param count how many exchanges to wait for
     * @param timeout how long to wait at most
     * @return a snapshot of the exchanges, oldest first
     * @throws AssertionError if fewer than {@code count} were recorded in time
     * @throws InterruptedException if interrupted while waiting
     */
    public List<Exchange> awaitExchanges(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (log) {
            while (log.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " exchanges within " + timeout + " but the proxy"
                            + " recorded " + log.size() + ": " + log);
                }
                TimeUnit.NANOSECONDS.timedWait(log, left);
            }
            return List.copyOf(log);
        }
    }

    /**
     * Counts deliveries to the target, so a {@link Fault#FORWARD_TWICE} exchange counts twice: the number the target
     * itself saw.
     *
     * @param which the exchanges to count
     * @return the sum of {@link Exchange#deliveries()} over the recorded exchanges that match
     */
    public int forwardedCount(Predicate<Exchange> which) {
        return exchanges().stream().filter(which).mapToInt(Exchange::deliveries).sum();
    }

    /** @return the deliveries to the target over all recorded exchanges */
    public int forwardedCount() {
        return forwardedCount(exchange -> true);
    }

    /** @return how many recorded exchanges found the target unreachable (answered 502 by the proxy) */
    public int targetDownCount() {
        return (int) exchanges().stream().filter(Exchange::targetDown).count();
    }

    /**
     * Forgets the recorded exchanges; faults stay as they are.
     *
     * @return this proxy
     */
    public FaultInjectingProxy clear() {
        synchronized (log) {
            log.clear();
        }
        return this;
    }

    /**
     * Closes the port and every open connection, and stops the proxy's threads: once it returns, connecting to
     * {@link #port()} fails (unless something else took the port). Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(server);
        workers.shutdownNow();
        open.forEach(FaultInjectingProxy::closeQuietly);
        try {
            // A thread blocked in accept() keeps the listening socket alive in the kernel until it leaves the call.
            acceptor.join(millis(SHUTDOWN_WAIT));
            workers.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket caller;
            try {
                caller = server.accept();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                continue;
            }
            open.add(caller);
            if (closed) {
                closeQuietly(caller);
                return;
            }
            try {
                workers.execute(() -> serve(caller));
            } catch (RejectedExecutionException e) {
                closeQuietly(caller);
            }
        }
    }

    private void serve(Socket caller) {
        try (caller) {
            caller.setSoTimeout(millis(CALLER_READ_TIMEOUT));
            caller.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(caller.getInputStream());
            OutputStream out = new BufferedOutputStream(caller.getOutputStream());
            RawRequest request;
            try {
                request = readRequest(in, out);
            } catch (Http1.BadMessage e) {
                writeAnswer(out, Http1.Response.text(e.status, "fault-injecting proxy: " + e.getMessage()), false);
                caller.shutdownOutput();
                return;
            }
            if (request != null) {
                handle(request, Instant.now(), caller, out);
            }
        } catch (IOException e) {
            // The caller went away or broke off its request: there is no one left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(caller);
        }
    }

    private void handle(RawRequest request, Instant receivedAt, Socket caller, OutputStream out)
            throws IOException, InterruptedException {
        Fault fault;
        try {
            fault = nextFault(request.path());
        } catch (RuntimeException e) {
            writeAnswer(out, Http1.Response.text(500, "fault-injecting proxy: a path predicate failed: " + e), false);
            caller.shutdownOutput();
            return;
        }
        Plan plan = plan(fault);
        sleep(plan.before());
        Result result = plan.deliveries() == 0 ? new Result(0, OptionalInt.empty(), false, plan.answer())
                : forward(plan, request);
        Optional<Http1.Response> reply = result.reply();
        record(new Exchange(request, fault, result.deliveries(), result.targetStatus(),
                reply.map(answer -> OptionalInt.of(answer.status())).orElse(OptionalInt.empty()),
                result.targetDown(), receivedAt, Instant.now()));
        if (reply.isEmpty()) {
            caller.setSoLinger(true, 0);
            caller.close();
            return;
        }
        writeAnswer(out, reply.get(), request.method().equals("HEAD"));
        caller.shutdownOutput();
    }

    private Result forward(Plan plan, RawRequest request) throws InterruptedException {
        RawRequest outgoing;
        try {
            outgoing = Objects.requireNonNull(plan.mutation().apply(request), "the mutation returned null");
        } catch (RuntimeException e) {
            return new Result(0, OptionalInt.empty(), false,
                    Optional.of(Http1.Response.text(500, "fault-injecting proxy: the request mutation failed: " + e)));
        }
        URI to = target;
        Http1.Response first;
        try {
            first = deliver(outgoing, to);
        } catch (IOException e) {
            return new Result(0, OptionalInt.empty(), true, Optional.of(Http1.Response.text(502,
                    "fault-injecting proxy: target " + to + " is unreachable or failed to answer: " + e)));
        }
        int deliveries = 1;
        boolean targetDown = false;
        for (int again = 1; again < plan.deliveries(); again++) {
            try {
                deliver(outgoing, to);
                deliveries++;
            } catch (IOException e) {
                targetDown = true;
            }
        }
        sleep(plan.after());
        Optional<Http1.Response> reply = plan.drop() ? Optional.empty() : Optional.of(plan.answer().orElse(first));
        return new Result(deliveries, OptionalInt.of(first.status()), targetDown, reply);
    }

    private Fault nextFault(String path) {
        synchronized (faultLock) {
            Iterator<Rule> pending = scripted.iterator();
            while (pending.hasNext()) {
                Rule rule = pending.next();
                if (rule.pathMatches().test(path)) {
                    pending.remove();
                    return rule.fault();
                }
            }
            for (Rule rule : standing) {
                if (rule.pathMatches().test(path)) {
                    return rule.fault();
                }
            }
            return Fault.PASS;
        }
    }

    private static Plan plan(Fault fault) {
        Duration none = Duration.ZERO;
        UnaryOperator<RawRequest> same = UnaryOperator.identity();
        return switch (fault.kind()) {
            case PASS -> new Plan(none, 1, same, none, Optional.empty(), false);
            case DELAY_THEN_FORWARD ->
                    new Plan(((Fault.DelayThenForward) fault).delay(), 1, same, none, Optional.empty(), false);
            case FORWARD_THEN_DELAY ->
                    new Plan(none, 1, same, ((Fault.ForwardThenDelay) fault).delay(), Optional.empty(), false);
            case ANSWER_WITHOUT_FORWARDING -> {
                Fault.AnswerWithoutForwarding answer = (Fault.AnswerWithoutForwarding) fault;
                yield new Plan(none, 0, same, none,
                        Optional.of(Http1.Response.text(answer.status(), answer.body())), false);
            }
            case FORWARD_THEN_ANSWER -> {
                Fault.ForwardThenAnswer answer = (Fault.ForwardThenAnswer) fault;
                yield new Plan(none, 1, same, none,
                        Optional.of(Http1.Response.text(answer.status(), answer.body())), false);
            }
            case DROP_BEFORE_FORWARDING -> new Plan(none, 0, same, none, Optional.empty(), true);
            case DROP_AFTER_FORWARDING -> new Plan(none, 1, same, none, Optional.empty(), true);
            case FORWARD_TWICE -> new Plan(none, 2, same, none, Optional.empty(), false);
            case MUTATE_REQUEST ->
                    new Plan(none, 1, ((Fault.MutateRequest) fault).mutation(), none, Optional.empty(), false);
        };
    }

    private void record(Exchange exchange) {
        synchronized (log) {
            log.add(exchange);
            log.notifyAll();
        }
    }

    private static RawRequest readRequest(InputStream in, OutputStream out) throws IOException {
        String line = Http1.readLine(in);
        while (line != null && line.isEmpty()) {
            line = Http1.readLine(in);
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !RawRequest.isToken(parts[0]) || !parts[2].startsWith("HTTP/1.")) {
            throw new Http1.BadMessage(400, "malformed request line: " + line);
        }
        String requestTarget = originForm(parts[1]);
        Map<String, List<String>> headers = Http1.readHeaders(in, false);
        boolean bodyFollows = !Http1.values(headers, "Transfer-Encoding").isEmpty()
                || Http1.contentLength(headers).orElse(0L) > 0;
        if (bodyFollows && Http1.elements(headers, "Expect").contains("100-continue")) {
            Http1.writeLine(out, "HTTP/1.1 100 Continue");
            Http1.writeLine(out, "");
            out.flush();
        }
        byte[] body = Http1.readBody(in, headers, false);
        try {
            return new RawRequest(parts[0], requestTarget, headers, body);
        } catch (IllegalArgumentException e) {
            throw new Http1.BadMessage(400, e.getMessage());
        }
    }

    private static String originForm(String requestTarget) throws Http1.BadMessage {
        if (requestTarget.startsWith("/") || requestTarget.equals("*")) {
            return requestTarget;
        }
        String lower = requestTarget.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String rest = requestTarget.substring(requestTarget.indexOf("://") + 3);
            int slash = rest.indexOf('/');
            int query = rest.indexOf('?');
            if (slash >= 0 && (query < 0 || slash < query)) {
                return rest.substring(slash);
            }
            return query >= 0 ? "/" + rest.substring(query) : "/";
        }
        throw new Http1.BadMessage(400, "unsupported request target: " + requestTarget);
    }

    private Http1.Response deliver(RawRequest request, URI to) throws IOException {
        Socket socket = new Socket();
        open.add(socket);
        try (socket) {
            if (closed) {
                throw new IOException("the proxy is closed");
            }
            socket.connect(new InetSocketAddress(connectHost(to), portOf(to)), millis(CONNECT_TIMEOUT));
            socket.setSoTimeout(millis(TARGET_READ_TIMEOUT));
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            writeRequest(out, request, to);
            out.flush();
            return readResponse(new BufferedInputStream(socket.getInputStream()), request.method());
        } finally {
            open.remove(socket);
        }
    }

    private static void writeRequest(OutputStream out, RawRequest request, URI to) throws IOException {
        Http1.writeLine(out, request.method() + " " + joinPath(to, request.target()) + " HTTP/1.1");
        Http1.writeLine(out, "Host: " + authority(to));
        Set<String> skipped = Http1.connectionScoped(request.headers());
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (skipped.contains(name) || NOT_FORWARDED.contains(name)) {
                continue;
            }
            for (String value : header.getValue()) {
                Http1.writeLine(out, header.getKey() + ": " + value);
            }
        }
        byte[] body = request.body();
        if (body.length > 0 || Http1.hasBodyFraming(request.headers())) {
            Http1.writeLine(out, "Content-Length: " + body.length);
        }
        Http1.writeLine(out, "Connection: close");
        Http1.writeLine(out, "");
        out.write(body);
    }

    private static Http1.Response readResponse(InputStream in, String method) throws IOException {
        while (true) {
            String line = Http1.readLine(in);
            if (line == null) {
                throw new EOFException("the target closed the connection without answering");
            }
            if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' '
                    || (line.length() > 12 && line.charAt(12) != ' ')
                    || !line.substring(9, 12).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new Http1.BadMessage(502, "malformed status line from the target: " + line);
            }
            int status = Integer.parseInt(line.substring(9, 12));
            String reason = line.length() > 13 ? line.substring(13) : "";
            Map<String, List<String>> headers = Http1.readHeaders(in, true);
            if (status == 101) {
                throw new Http1.BadMessage(502, "the target switched protocols");
            }
            if (status < 200) {
                continue;
            }
            boolean bodiless = method.equals("HEAD") || status == 204 || status == 304;
            byte[] body = bodiless ? new byte[0] : Http1.readBody(in, headers, true);
            return new Http1.Response(status, reason, headers, body);
        }
    }

    private static void writeAnswer(OutputStream out, Http1.Response answer, boolean headRequest)
            throws IOException {
        Http1.writeLine(out, "HTTP/1.1 " + answer.status() + " " + answer.reason());
        Set<String> skipped = Http1.connectionScoped(answer.headers());
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (skipped.contains(name) || name.equals("content-length")) {
                continue;
            }
            for (String value : header.getValue()) {
                Http1.writeLine(out, header.getKey() + ": " + value);
            }
        }
        boolean bodiless = headRequest || answer.status() == 204 || answer.status() == 304;
        if (!bodiless) {
            Http1.writeLine(out, "Content-Length: " + answer.body().length);
        } else if (answer.status() != 204) {
            Optional<String> declared = Http1.first(answer.headers(), "Content-Length");
            if (declared.isPresent()) {
                Http1.writeLine(out, "Content-Length: " + declared.get());
            }
        }
        Http1.writeLine(out, "Connection: close");
        Http1.writeLine(out, "");
        if (!bodiless) {
            out.write(answer.body());
        }
        out.flush();
    }

    private static URI checkTarget(URI target) {
        Objects.requireNonNull(target, "target");
        if (!"http".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("the target must be an absolute http URI with a host: " + target);
        }
        if (target.getRawQuery() != null || target.getRawFragment() != null) {
            throw new IllegalArgumentException("the target must have no query or fragment: " + target);
        }
        return target;
    }

    private static String joinPath(URI to, String requestTarget) {
        String base = to.getRawPath() == null ? "" : to.getRawPath();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (requestTarget.equals("*")) {
            return base.isEmpty() ? "*" : base;
        }
        return base + requestTarget;
    }

    private static String authority(URI to) {
        return to.getPort() < 0 ? to.getHost() : to.getHost() + ":" + to.getPort();
    }

    private static String connectHost(URI to) {
        String host = to.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int portOf(URI to) {
        return to.getPort() < 0 ? 80 : to.getPort();
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
    }

    private static int millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing is best effort: the proxy is shutting down or the peer is already gone.
        }
    }

    /** A path predicate and the fault it selects. */
    private record Rule(Predicate<String> pathMatches, Fault fault) {
        Rule {
            Objects.requireNonNull(pathMatches, "pathMatches");
            Objects.requireNonNull(fault, "fault");
        }
    }

    /**
     * What a fault does, step by step: wait {@code before}, deliver {@code deliveries} times ({@code mutation}
     * applied), wait {@code after}, then answer {@code answer} (else the target's first answer) or drop.
     */
    private record Plan(
            Duration before,
            int deliveries,
            UnaryOperator<RawRequest> mutation,
            Duration after,
            Optional<Http1.Response> answer,
            boolean drop) {
    }

    /** How forwarding went: what the target saw and what the caller is to get (empty: drop the connection). */
    private record Result(int deliveries, OptionalInt targetStatus, boolean targetDown, Optional<Http1.Response> reply) {
    }
}
