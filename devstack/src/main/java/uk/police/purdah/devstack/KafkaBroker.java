package uk.police.purdah.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import uk.police.purdah.events.Topic;

/**
 * A real Kafka 4.1 broker, KRaft, one node acting as broker and controller, with every Purdah topic. It can be
 * stopped and started again on the same port and log directory, keeping its topics and records (fault tests).
 */
final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final Properties config;
    private final int port;
    private KafkaRaftServer server;

    private KafkaBroker(Properties config, int port) {
        this.config = config;
        this.port = port;
    }

    static KafkaBroker start(int port, int controllerPort, Path logDir) throws IOException, InterruptedException,
            ExecutionException {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@" + Ports.HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":"
                + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", String.valueOf(PARTITIONS));
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));

        Path configFile = logDir.resolveSibling("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "devstack");
        }
        ByteArrayOutputStream formatOutput = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", configFile.toString()}, new PrintStream(formatOutput, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            throw new IllegalStateException("kafka-storage format failed: " + formatOutput);
        }

        KafkaBroker broker = new KafkaBroker(props, port);
        broker.resume();
        broker.createTopics(Topic.allTopicNames());
        return broker;
    }

    /** Starts the broker on its formatted log directory: what was written before it stopped is still there. */
    synchronized void resume() {
        if (server == null) {
            server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            server.startup();
        }
    }

    /** Stops the broker as a crash of its host would look to the clients: the port refuses connections. */
    synchronized void halt() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    private void createTopics(List<String> names) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(names.stream().map(name -> new NewTopic(name, PARTITIONS, (short) 1)).toList())
                    .all().get();
        }
    }

    @Override
    public void close() {
        halt();
    }
}
