{{/* Name of the release's objects: <release>-aura360, or fullnameOverride. */}}
{{- define "aura360.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 45 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 45 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 45 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "aura360.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: aura360
{{- end -}}

{{/* Selector of one service's pods; call with (dict "root" $ "service" "gateway"). */}}
{{- define "aura360.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .service }}
{{- end -}}

{{/* The three services in start order, with their values. */}}
{{- define "aura360.services" -}}
{{- toYaml (list "vector" "agents" "gateway") -}}
{{- end -}}

{{/* In-cluster URL of a service; call with (dict "root" $ "service" "agents"). */}}
{{- define "aura360.serviceUrl" -}}
{{- $values := index .root.Values .service -}}
{{- printf "http://%s-%s:%v" (include "aura360.fullname" .root) .service $values.port -}}
{{- end -}}

{{/* Image of a service. */}}
{{- define "aura360.image" -}}
{{- $image := .root.Values.image -}}
{{- $registry := ternary "" (printf "%s/" $image.registry) (empty $image.registry) -}}
{{- printf "%s%s-%s:%s" $registry $image.repository .service (default .root.Chart.AppVersion $image.tag) -}}
{{- end -}}

{{/* One egress rule to a store: its port, to the configured peers (any address when none). */}}
{{- define "aura360.egressRule" }}
    - ports:
        - port: {{ .port }}
          protocol: TCP
      {{- with .to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* Pod template of an operation (smoke Job, re-embedding CronJob) run from the vector image; call with
    (dict "root" $ "task" "smoke"). */}}
{{- define "aura360.operationPod" -}}
metadata:
  labels:
    {{- include "aura360.labels" .root | nindent 4 }}
    app.kubernetes.io/component: vector-operations
spec:
  automountServiceAccountToken: false
  restartPolicy: Never
  {{- with .root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- toYaml .root.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: {{ .task }}
      image: {{ include "aura360.image" (dict "root" .root "service" "vector") | quote }}
      imagePullPolicy: {{ .root.Values.image.pullPolicy }}
      # the image's entrypoint serves; this runs the one ./aura360 command and exits with its status
      command: ["java", "org.springframework.boot.loader.launch.JarLauncher", {{ .task | quote }}]
      envFrom:
        - configMapRef:
            name: {{ include "aura360.fullname" .root }}-vector
      resources:
        {{- toYaml .root.Values.operations.resources | nindent 8 }}
      securityContext:
        {{- toYaml .root.Values.securityContext | nindent 8 }}
      volumeMounts:
        - name: data
          mountPath: /var/lib/aura360
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: data
      emptyDir: {}
    - name: tmp
      emptyDir: {}
{{- end }}
