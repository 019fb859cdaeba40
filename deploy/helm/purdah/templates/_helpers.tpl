{{/* Labels common to every object of the chart. */}}
{{- define "purdah.labels" -}}
app.kubernetes.io/part-of: purdah
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The selector labels of one service; call with (dict "name" "intake" "root" $). */}}
{{- define "purdah.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}-service
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* A service's image, pinned by digest or by a tag that is not "latest". */}}
{{- define "purdah.image" -}}
{{- $image := .svc.image -}}
{{- $ref := printf "%s%s" (.root.Values.imageRegistry | default "") $image.repository -}}
{{- if $image.digest -}}
{{- if not (hasPrefix "sha256:" $image.digest) -}}{{- fail (printf "services.%s.image.digest must be sha256:..." .name) -}}{{- end -}}
{{- printf "%s@%s" $ref $image.digest -}}
{{- else -}}
{{- if or (not $image.tag) (eq (toString $image.tag) "latest") -}}{{- fail (printf "services.%s.image: pin a tag other than latest, or a digest" .name) -}}{{- end -}}
{{- printf "%s:%s" $ref (toString $image.tag) -}}
{{- end -}}
{{- end -}}

{{/* The full name of a topic from its short name. */}}
{{- define "purdah.topic" -}}
{{- if hasPrefix "purdah." . -}}{{ . }}{{- else -}}{{ printf "purdah.%s" . }}{{- end -}}
{{- end -}}

{{/* The OIDC provider the services trust (PURDAH_OIDC). */}}
{{- define "purdah.oidcUrl" -}}
{{- if .Values.oidc.url -}}
{{- .Values.oidc.url -}}
{{- else -}}
{{- printf "https://auth.%s/realms/purdah" .Values.ingress.staff.domain -}}
{{- end -}}
{{- end -}}

{{/* Kafka bootstrap address of the listener the services use. */}}
{{- define "purdah.kafkaBootstrap" -}}
{{- printf "%s-kafka-bootstrap:%s" .Values.kafka.name (ternary "9093" "9092" .Values.kafka.tls) -}}
{{- end -}}
