package org.casebridge.interfaces.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.account.SecondFactorPolicy;
import org.casebridge.application.account.SecondFactorService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: who they are, their password, their second factor, their language and time zone. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    SecondFactorPolicy policy;

    @GET
    @Operation(operationId = "getMe", summary = "The caller: user, roles, agency and country, and what they must do first")
    public MeDto me() {
        UserAccount me = accounts.me();
        return MeDto.of(me, policy.required(me));
    }

    @GET
    @Path("preferences")
    @Operation(operationId = "getMyPreferences", summary = "The caller's language and time zone (the screens' and the e-mails'), and the languages to choose from")
    public PreferencesDto preferences() {
        return PreferencesDto.of(accounts.me());
    }

    @PUT
    @Path("preferences")
    @Operation(operationId = "changeMyPreferences", summary = "Choose the caller's language (en, es, fr, ht or nl) and IANA time zone; both required; audited as a change of the account")
    public PreferencesDto changePreferences(PreferencesInput input) {
        if (input == null) {
            throw ValidationException.of("body", "Send language and timeZone as JSON.");
        }
        return PreferencesDto.of(accounts.choosePreferences(input.language(), input.timeZone()));
    }

    @POST
    @Path("password")
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password (the current one is required); the caller's other sessions end")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204",
            description = "The password was changed; the caller's other sessions ended")
    public Response changeOwnPassword(OwnPasswordInput input) {
        if (input == null) {
            throw ValidationException.of("body", "error.account.body3");
        }
        accounts.changeOwnPassword(input.currentPassword(), input.password());
        return Response.noContent().build();
    }

    @POST
    @Path("second-factor")
    @Operation(operationId = "startSecondFactorEnrolment", summary = "Start setting up a second factor: a new TOTP secret and its otpauth address, to confirm with a first code")
    public SecondFactorEnrolmentDto startSecondFactorEnrolment() {
        SecondFactorService.Enrolment e = secondFactors.start();
        return new SecondFactorEnrolmentDto(e.secret(), e.uri());
    }

    @POST
    @Path("second-factor/confirm")
    @Operation(operationId = "confirmSecondFactorEnrolment", summary = "Confirm the second factor with a first code; answers the ten recovery codes, shown this once only")
    public RecoveryCodesDto confirmSecondFactorEnrolment(OneTimeCodeInput input) {
        if (input == null) {
            throw ValidationException.of("body", "error.account.body4");
        }
        return new RecoveryCodesDto(secondFactors.confirm(input.code()));
    }
}
