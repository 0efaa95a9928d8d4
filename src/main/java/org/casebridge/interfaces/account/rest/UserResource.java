package org.casebridge.interfaces.account.rest;

import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.RestDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.casebridge.application.Page;
import org.casebridge.application.account.AccountService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration (admins; supervisors may read their own country's users). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UserResource {

    @Inject
    AccountService accounts;

    @Inject
    org.casebridge.application.account.SecondFactorService secondFactors;

    @GET
    @Operation(operationId = "listUsers", summary = "List users, by username; filter matches username, name or agency")
    public Page<UserDto> list(@Valid @BeanParam UserListParams params) {
        return accounts.list(params.filter, params.firstRow(), params.pageSize()).map(UserDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user account; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The user; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserDto")))
    public Response get(@PathParam("id") long id) {
        UserAccount a = accounts.get(id);
        return Versions.ok(UserDto.of(a), a.getVersion()).build();
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user with an initial password; language and time zone are those of the agency's country unless given")
    @APIResponse(responseCode = "201", description = "The user created; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserDto")))
    public Response create(UserInput input, @Context UriInfo uri) {
        UserInput in = required(input);
        UserAccount a = accounts.create(new AccountService.NewAccount(in.username(), in.displayName(), in.agencyId(),
                in.roleSet(), in.password(), in.email(), in.language(), in.timeZone()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.getId())).build())
                .entity(UserDto.of(a)).tag(Versions.tag(a.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateUser", summary = "Change name, agency, roles and e-mail address (absent or blank: none); send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The user as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserDto")))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, UserInput input) {
        UserInput in = required(input);
        if (in.username() != null || in.password() != null) {
            throw ValidationException.of(in.username() != null ? "username" : "password",
                    in.username() != null ? "The username cannot be changed." : "Set passwords with POST /api/users/{id}/password.");
        }
        if (in.language() != null || in.timeZone() != null) {
            throw ValidationException.of(in.language() != null ? "language" : "timeZone",
                    "The user chooses their own language and time zone (PUT /api/me/preferences).");
        }
        long version = Versions.required(ifMatch);
        UserAccount a = accounts.update(id, version, new AccountService.AccountChanges(in.displayName(), in.agencyId(),
                in.roleSet(), in.email()));
        return Versions.ok(UserDto.of(a), a.getVersion()).build();
    }

    @GET
    @Path("locked")
    @Operation(operationId = "listLockedUsers", summary = "The accounts locked now after failed logins, the latest lock first (administrators; at most 200)")
    public List<UserDto> locked() {
        return accounts.lockedAccounts().stream().map(UserDto::of).toList();
    }

    @GET
    @Path("xlsx")
    @Produces({Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadUsersXlsx", summary = "The user list with the filter of listUsers, all of it, as an Excel (XLSX) download (administrators; supervisors: their country's)",
            description = "The columns of the user table. Refused (400, nothing written) when more rows than "
                    + "casebridge.download.max-rows match; audited as EXPORT with the ids.")
    public Response xlsx(@Valid @BeanParam UserListParams params) {
        return RestDownload.xlsx("users", Labels.text("users.title"), ListColumns.users(), accounts.export(params.filter));
    }

    @GET
    @Path("without-second-factor")
    @Operation(operationId = "listUsersWithoutSecondFactor", summary = "The enabled accounts whose role requires a second factor and that have none yet (administrators; at most 200)")
    public List<UserDto> withoutSecondFactor() {
        return accounts.missingSecondFactor().stream().map(UserDto::of).toList();
    }

    @POST
    @Path("{id}/unlock")
    @Operation(operationId = "unlockUser", summary = "Lift the lockout of the account after failed logins (administrators; audited)")
    public UserDto unlock(@PathParam("id") long id) {
        return UserDto.of(accounts.unlock(id));
    }

    @POST
    @Path("{id}/disable")
    @Operation(operationId = "disableUser", summary = "Disable the account; its sessions end at once")
    public UserDto disable(@PathParam("id") long id) {
        return UserDto.of(accounts.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableUser", summary = "Enable a disabled user account again")
    public UserDto enable(@PathParam("id") long id) {
        return UserDto.of(accounts.enable(id));
    }

    @POST
    @Path("{id}/password")
    @Operation(operationId = "resetUserPassword", summary = "Set a new, temporary password for the user; their sessions end and they must choose their own at their next login")
    @APIResponse(responseCode = "204", description = "The password was reset")
    public Response resetPassword(@PathParam("id") long id, PasswordInput input) {
        accounts.resetPassword(id, input == null ? null : input.password());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/second-factor/reset")
    @Operation(operationId = "resetUserSecondFactor", summary = "Remove the user's second factor and recovery codes (a lost phone); their sessions end and they are told")
    public UserDto resetSecondFactor(@PathParam("id") long id) {
        return UserDto.of(secondFactors.reset(id));
    }

    private static UserInput required(UserInput input) {
        if (input == null) {
            throw ValidationException.of("body", "error.account.body2");
        }
        return input;
    }
}
