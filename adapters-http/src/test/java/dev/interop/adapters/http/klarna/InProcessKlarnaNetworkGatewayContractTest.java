package dev.interop.adapters.http.klarna;

import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.composition.inprocess.InProcessKlarnaNetworkGateway;

/** The gateway contract for the composition's in-process gateway: the reference the HTTP client must match. */
class InProcessKlarnaNetworkGatewayContractTest extends KlarnaNetworkGatewayContract {

    private final SandboxKlarna klarna = new SandboxKlarna();
    private final KlarnaNetworkGateway gateway = new InProcessKlarnaNetworkGateway(klarna.side);

    @Override
    protected SandboxKlarna klarna() {
        return klarna;
    }

    @Override
    protected KlarnaNetworkGateway gateway() {
        return gateway;
    }
}
