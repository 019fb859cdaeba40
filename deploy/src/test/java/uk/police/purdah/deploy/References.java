package uk.police.purdah.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Secrets and ConfigMaps that rendered manifests refer to by name. */
record References(String name, boolean configMap, String usedBy) {

    static List<References> of(List<ObjectNode> documents, Map<ObjectNode, Object> typed) {
        var refs = new ArrayList<References>();
        for (ObjectNode doc : documents) {
            String usedBy = doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
            Object object = typed.get(doc);
            if (object instanceof Deployment d) {
                var pod = d.getSpec().getTemplate().getSpec();
                var containers = new ArrayList<Container>(pod.getContainers());
                if (pod.getInitContainers() != null) {
                    containers.addAll(pod.getInitContainers());
                }
                for (Container c : containers) {
                    if (c.getEnvFrom() != null) {
                        c.getEnvFrom().forEach(e -> {
                            if (e.getConfigMapRef() != null) {
                                refs.add(new References(e.getConfigMapRef().getName(), true, usedBy));
                            }
                            if (e.getSecretRef() != null) {
                                refs.add(new References(e.getSecretRef().getName(), false, usedBy));
                            }
                        });
                    }
                    if (c.getEnv() != null) {
                        c.getEnv().stream().filter(e -> e.getValueFrom() != null).forEach(e -> {
                            if (e.getValueFrom().getSecretKeyRef() != null) {
                                refs.add(new References(e.getValueFrom().getSecretKeyRef().getName(), false, usedBy));
                            }
                            if (e.getValueFrom().getConfigMapKeyRef() != null) {
                                refs.add(new References(e.getValueFrom().getConfigMapKeyRef().getName(), true, usedBy));
                            }
                        });
                    }
                }
                if (pod.getVolumes() != null) {
                    pod.getVolumes().forEach(v -> {
                        if (v.getSecret() != null) {
                            refs.add(new References(v.getSecret().getSecretName(), false, usedBy));
                        }
                        if (v.getConfigMap() != null) {
                            refs.add(new References(v.getConfigMap().getName(), true, usedBy));
                        }
                    });
                }
                if (pod.getImagePullSecrets() != null) {
                    pod.getImagePullSecrets().forEach(s -> refs.add(new References(s.getName(), false, usedBy)));
                }
            } else if (object instanceof Ingress i && i.getSpec().getTls() != null) {
                i.getSpec().getTls().forEach(t -> refs.add(new References(t.getSecretName(), false, usedBy)));
            }
            JsonNode spec = doc.path("spec");
            switch (StrictModel.kindKey(doc)) {
                case "postgresql.cnpg.io/v1/Cluster" -> {
                    add(refs, spec.at("/bootstrap/initdb/secret/name"), usedBy);
                    spec.at("/managed/roles").forEach(r -> add(refs, r.at("/passwordSecret/name"), usedBy));
                    spec.at("/backup/barmanObjectStore/s3Credentials").forEach(c -> add(refs, c.path("name"), usedBy));
                    add(refs, spec.at("/superuserSecret/name"), usedBy);
                }
                case "k8s.keycloak.org/v2alpha1/Keycloak" -> {
                    add(refs, spec.at("/db/usernameSecret/name"), usedBy);
                    add(refs, spec.at("/db/passwordSecret/name"), usedBy);
                    add(refs, spec.at("/http/tlsSecret"), usedBy);
                }
                default -> {
                }
            }
        }
        return refs;
    }

    private static void add(List<References> refs, JsonNode name, String usedBy) {
        if (name.isTextual() && !name.asText().isEmpty()) {
            refs.add(new References(name.asText(), false, usedBy));
        }
    }
}
