package uk.police.purdah.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The chart rendered by helm-java (Helm's own Go library, in process: no helm binary, no cluster, no network). */
record RenderedChart(String yaml, List<ObjectNode> documents) {

    static final String RELEASE = "purdah";
    static final String NAMESPACE = "purdah";
    static final String KUBE_VERSION = "v1.31.0";

    static Path deployDir() {
        return Path.of(System.getProperty("purdah.deploy.dir", ".")).toAbsolutePath().normalize();
    }

    static Path chartDir() {
        return deployDir().resolve("helm/purdah");
    }

    static Path docs() {
        return deployDir().resolveSibling("docs").resolve("operations.md");
    }

    /** {@code helm template} with values.yaml and, if not null, the named values file of the chart over it. */
    static RenderedChart render(String valuesFile) throws IOException {
        var template = new Helm(chartDir()).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            template = template.withValuesFile(chartDir().resolve(valuesFile));
        }
        return parse(template.call());
    }

    static RenderedChart parse(String yaml) throws IOException {
        var mapper = new YAMLMapper();
        var documents = new ArrayList<ObjectNode>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            for (JsonNode node : mapper.readValues(parser, JsonNode.class).readAll()) {
                if (node != null && node.isObject() && !node.isEmpty()) {
                    documents.add((ObjectNode) node);
                }
            }
        }
        return new RenderedChart(yaml, documents);
    }

    static String operationsDoc() throws IOException {
        return Files.readString(docs());
    }
}
