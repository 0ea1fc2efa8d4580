package com.flextime.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.flextime.command.optimization.JobConflict;
import com.flextime.command.optimization.JobNotFound;
import com.flextime.domain.rules.ScheduleRuleViolation;
import com.flextime.domain.schedule.GameNotFound;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.ProposalOutdated;
import com.flextime.domain.schedule.StaleScheduleVersion;
import com.flextime.infra.admin.ProjectionNotFound;
import com.flextime.query.JobNotFoundInReadModel;
import com.flextime.query.ScheduleNotFound;
import com.flextime.query.SchemaController.SchemaNotFound;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: 400 names the field, 404 the missing thing, 412 the current version,
 * 422 every hard rule the change would break. Nothing is stored when any of these is answered.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://flextime.dev/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final ExceptionHandlerMethodResolver HANDLERS =
            new ExceptionHandlerMethodResolver(ProblemAdvice.class);

    /** One field that is wrong in a request. */
    public record FieldError(String field, String message) {
    }

    @ExceptionHandler(ScheduleRuleViolation.class)
    ProblemDetail ruleViolation(ScheduleRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "hard-rule-violation",
                "The change breaks scheduling rules", e.getMessage());
        problem.setProperty("violations", e.violations());
        return problem;
    }

    @ExceptionHandler(InvalidScheduleRequest.class)
    ProblemDetail invalid(InvalidScheduleRequest e) {
        return badRequest(List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** Bean validation outside a request body (the GraphQL mutations validate the REST request records). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return badRequest(e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
    }

    /**
     * The problem this advice answers for an exception raised outside Spring MVC (the GraphQL endpoint), by the
     * same handler method MVC would pick, so both endpoints describe an error alike.
     */
    public ProblemDetail problemFor(Exception e) {
        Method handler = HANDLERS.resolveMethodByThrowable(e);
        if (handler == null || handler.getParameterCount() != 1) {
            return unexpected(e);
        }
        ReflectionUtils.makeAccessible(handler);
        try {
            Object answer = handler.invoke(this, e);
            return answer instanceof ResponseEntity<?> entity ? (ProblemDetail) entity.getBody()
                    : (ProblemDetail) answer;
        } catch (IllegalAccessException | InvocationTargetException failure) {
            return unexpected(e);
        }
    }

    @ExceptionHandler(StaleScheduleVersion.class)
    ResponseEntity<ProblemDetail> stale(StaleScheduleVersion e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The schedule has changed since you read it", e.getMessage());
        problem.setProperty("currentVersion", e.actual());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag("\"" + e.actual() + "\"").body(problem);
    }

    @ExceptionHandler(ProposalOutdated.class)
    ProblemDetail outdated(ProposalOutdated e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "proposal-outdated",
                "The schedule has changed since the proposal was made", e.getMessage());
        problem.setProperty("basedOnVersion", e.basedOn());
        problem.setProperty("currentVersion", e.current());
        return problem;
    }

    @ExceptionHandler(JobConflict.class)
    ProblemDetail jobConflict(JobConflict e) {
        return problem(HttpStatus.CONFLICT, "job-conflict", "Not possible in the current state", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Another change to this schedule won the race",
                "the schedule was changed at the same moment; read it again and retry");
    }

    @ExceptionHandler({AggregateNotFoundException.class, GameNotFound.class, ScheduleNotFound.class,
            ProjectionNotFound.class, JobNotFound.class, JobNotFoundInReadModel.class, SchemaNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        String detail = e instanceof AggregateNotFoundException missing
                ? "no schedule " + missing.getAggregateIdentifier() : e.getMessage();
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** Anything unforeseen: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the service failed to answer; nothing was changed unless a 2xx was returned before");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldError(e.getName(), "'" + e.getValue() + "' is not a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldError error = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? fieldError(mapping) : new FieldError("body", "the request body is missing or is not valid JSON");
        return ResponseEntity.badRequest().body(badRequest(List.of(error)));
    }

    /** The field a JSON value could not be read into, named as the client wrote it, and why. */
    public static FieldError fieldError(JsonMappingException e) {
        return new FieldError(path(e), rootMessage(e));
    }

    private static ProblemDetail badRequest(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                errors.stream().map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** "window.start", "teams[2]": the field as the client wrote it. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnrecognizedPropertyException unknown) {
            return "unknown field; known fields: " + unknown.getKnownPropertyIds();
        }
        if (root instanceof JsonMappingException mapping) {
            return mapping.getOriginalMessage().split("\n")[0];
        }
        return root.getMessage() == null ? "invalid value" : root.getMessage().split("\n")[0];
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
