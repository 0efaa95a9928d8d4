package org.casebridge.interfaces.shared.rest;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.casebridge.application.casefile.view.CaseEntries;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.ConsentView;
import org.casebridge.application.casefile.view.VictimRow;
import org.casebridge.application.casefile.view.VictimSheet;
import org.casebridge.application.document.DocumentView;
import org.casebridge.application.cooperation.view.AttachmentView;
import org.casebridge.application.cooperation.view.MessageView;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.interfaces.account.rest.UserListParams;
import org.casebridge.interfaces.audit.rest.AuditListParams;
import org.casebridge.interfaces.casefile.rest.CaseListParams;
import org.casebridge.interfaces.cooperation.rest.RequestListParams;
import org.casebridge.interfaces.notification.rest.NotificationListParams;
import org.casebridge.interfaces.referral.rest.ReferralListParams;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The parts of {@code /openapi} that every operation shares, written once (registered as
 * {@code mp.openapi.filter}): the problem document and the refusals it carries, the server, one entry
 * per tag, the lists' query parameters. What each resource method says of itself (operationId,
 * summary, its success answer) stays on the method; {@link RestApplication} declares the info,
 * licence, tags and security schemes.
 * <p>
 * Which refusals an operation documents follows from its shape, by the rules the REST layer applies
 * ({@link ExceptionMappers}, {@link Versions}, {@link ListParams}): see {@link #problemStatuses}. Path
 * ids are declared as 64-bit integers. The document is deterministic (no host or port in it), so the
 * committed snapshot ({@code src/main/openapi/casebridge-api.json}) can be compared with what a server
 * publishes.
 */
public class ApiDescription implements OASFilter {

    /** Relative: the API is on the host that published the document (no trailing slash but the root). */
    static final String SERVER = "/";

    /**
     * The read models that resource methods answer inside a {@code Response} (to set an ETag or a Location)
     * and name with {@code @Schema(ref = ...)}: described here, as the scanner does not see them.
     */
    static final List<Class<?>> ANSWERS = List.of(CaseSheet.class, CaseEntries.NoteView.class, CaseEntries.EventView.class,
            CaseEntries.SupportPlanView.class, CaseEntries.PerpetratorView.class, VictimRow.class, VictimSheet.class,
            ConsentView.class, RequestSheet.class, MessageView.class, AttachmentView.class,
            // Home pages and saved searches (issue 13)
            org.casebridge.application.dashboard.view.SavedSearchView.class,
            // exports (issue 13)
            org.casebridge.application.export.ExportJobView.class,
            // complete records (issue 11 item 11)
            DocumentView.class);

    /**
     * Records the scanner describes itself (list rows and home-page figures) whose collection and map properties
     * {@link ReadModelSchemas#repair} makes sure of, as it does for {@link #ANSWERS}.
     */
    static final List<Class<?>> SCANNED = List.of(org.casebridge.application.casefile.view.CaseRow.class,
            org.casebridge.application.cooperation.view.RequestRow.class, org.casebridge.application.dashboard.view.Figure.class);

    /**
     * The lists' query parameters, declared in the {@code @BeanParam} class each list takes (which the
     * scanner does not read), by operationId; {@code ApiOperationsTest} checks that every such method is here.
     */
    static final Map<String, Class<? extends ListParams>> QUERY_PARAMETERS = Map.ofEntries(
            Map.entry("listCases", CaseListParams.class),
            Map.entry("listUsers", UserListParams.class),
            Map.entry("listAuditEntries", AuditListParams.class),
            Map.entry("exportAuditEntries", AuditListParams.class),
            Map.entry("listRecordAccess", PageParams.class),
            Map.entry("listAuditCheckpoints", PageParams.class),
            Map.entry("getWitnessedCheckpoints", PageParams.class),
            Map.entry("listCooperationRequests", RequestListParams.class),
            Map.entry("listNotifications", NotificationListParams.class),
            Map.entry("listReferrals", ReferralListParams.class),
            // Downloads of the lists as XLSX (issue 13): the same parameters as the list
            Map.entry("downloadCasesXlsx", CaseListParams.class),
            Map.entry("downloadReferralsXlsx", ReferralListParams.class),
            Map.entry("downloadCooperationRequestsXlsx", RequestListParams.class),
            Map.entry("downloadAuditEntriesXlsx", AuditListParams.class),
            Map.entry("downloadUsersXlsx", UserListParams.class));

    /** The refusals, as named in {@code components/responses}. */
    static final Map<Integer, String[]> PROBLEMS = problems();

    private static Map<Integer, String[]> problems() {
        Map<Integer, String[]> m = new LinkedHashMap<>();
        m.put(400, new String[] {"BadRequest", "The request is not valid: `errors` names each offending field, or `body`."});
        m.put(401, new String[] {"Unauthorized", "No valid credentials (HTTP Basic or a bearer token)."});
        m.put(403, new String[] {"Forbidden", "The caller's role allows no such work (audited DENIED)."});
        m.put(404, new String[] {"NotFound",
            "No such record, or one the caller may not see: both answer alike (a refusal is audited DENIED)."});
        m.put(409, new String[] {"Conflict", "The record's state or a rule does not allow this change now."});
        m.put(412, new String[] {"PreconditionFailed",
            "If-Match does not name the record's current version: someone changed it since you read it; read it again."});
        m.put(428, new String[] {"PreconditionRequired", "If-Match is missing: send the ETag of your last read."});
        return m;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(SERVER)
                .description("The CaseBridge installation that published this document"))));
        uniqueTags(api);
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema("Problem", problemSchema());
        if (components.getSchemas() != null) {
            // the scanner describes some parameter classes as if they were bodies; they are query parameters
            QUERY_PARAMETERS.values().forEach(c -> components.removeSchema(c.getSimpleName()));
            components.removeSchema(ListParams.class.getSimpleName());
        }
        ReadModelSchemas readModels = new ReadModelSchemas(components);
        ANSWERS.forEach(readModels::add);
        ANSWERS.forEach(readModels::repair);
        SCANNED.forEach(readModels::repair);
        PROBLEMS.forEach((status, named) -> components.addResponse(named[0], OASFactory.createAPIResponse()
                .description(named[1])
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            item.getOperations().forEach((method, operation) -> document(method, operation));
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        Class<?> listParams = QUERY_PARAMETERS.get(operation.getOperationId());
        if (listParams != null) {
            List<Parameter> declared = operation.getParameters() == null ? List.of() : operation.getParameters();
            queryParameters(listParams).stream()
                    .filter(q -> declared.stream().noneMatch(d -> d.getIn() == Parameter.In.QUERY
                            && d.getName().equals(q.getName())))
                    .forEach(operation::addParameter);
        }
        List<Parameter> params = operation.getParameters() == null ? List.of() : operation.getParameters();
        params.stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(ApiDescription::idAsInteger);
        boolean ifMatch = params.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        boolean query = params.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean textInPath = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && isText(p.getSchema()));
        boolean pathParam = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        for (int status : problemStatuses(method.name(), operation.getOperationId(), operation.getRequestBody() != null,
                query || textInPath, pathParam, ifMatch)) {
            String key = Integer.toString(status);
            if (responses.getAPIResponse(key) == null) {
                responses.addAPIResponse(key, OASFactory.createAPIResponse().ref("#/components/responses/" + PROBLEMS.get(status)[0]));
            }
        }
    }

    /** The {@code @QueryParam} fields of {@code params} and its superclasses, by name: text, or a repeatable text. */
    static List<Parameter> queryParameters(Class<?> params) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = params; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.stream(c.getDeclaredFields()).filter(f -> f.isAnnotationPresent(QueryParam.class)).toList());
        }
        fields.sort(Comparator.comparing(f -> f.getAnnotation(QueryParam.class).value()));
        List<Parameter> parameters = new ArrayList<>();
        for (Field f : fields) {
            Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            boolean repeatable = Collection.class.isAssignableFrom(f.getType());
            parameters.add(OASFactory.createParameter().name(f.getAnnotation(QueryParam.class).value()).in(Parameter.In.QUERY)
                    .schema(repeatable ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text) : text));
        }
        return parameters;
    }

    /** Path ids are {@code long}s, which the scanner calls a number: a client would take them as decimals. */
    private static void idAsInteger(Parameter p) {
        Schema schema = p.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NUMBER))
                && schema.getFormat() == null) {
            schema.setType(List.of(Schema.SchemaType.INTEGER));
            schema.setFormat("int64");
        }
    }

    private static boolean isText(Schema schema) {
        return schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    /**
     * The refusals an operation can answer, from its shape:
     * <ul>
     * <li>401 and 403 always: every call is authenticated, and a role (or a pending password change) can refuse it;</li>
     * <li>400 when it reads input beyond numeric ids: a body, query parameters or a text in its path, and every list
     * ({@code list*}, {@code export*}: paging and filters are checked by {@link ListParams});</li>
     * <li>404 when its path names a record;</li>
     * <li>409 for every change (a domain rule or the record's state can refuse it);</li>
     * <li>412 and 428 when it takes {@code If-Match} ({@link Versions}).</li>
     * </ul>
     */
    static SortedSet<Integer> problemStatuses(String method, String operationId, boolean body, boolean textInput,
            boolean pathParam, boolean ifMatch) {
        SortedSet<Integer> statuses = new TreeSet<>(List.of(401, 403));
        String id = operationId == null ? "" : operationId;
        if (body || textInput || id.startsWith("list") || id.startsWith("export")) {
            statuses.add(400);
        }
        if (pathParam) {
            statuses.add(404);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            statuses.add(409);
        }
        if (ifMatch) {
            statuses.add(412);
            statuses.add(428);
        }
        return statuses;
    }

    /** One entry per tag (resources repeat the names; the described one wins), alphabetical. */
    private static void uniqueTags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : api.getTags()) {
            Tag seen = byName.get(tag.getName());
            if (seen == null || (seen.getDescription() == null && tag.getDescription() != null)) {
                byName.put(tag.getName(), tag);
            }
        }
        List<Tag> tags = new ArrayList<>(byName.values());
        tags.sort(Comparator.comparing(Tag::getName));
        api.setTags(tags);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document; never a stack trace, class name or SQL.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Always about:blank: the status says what happened"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong, safe to show to the user"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(text)
                        .description("400 only: the message for each offending field (body: the request as a whole)"))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
