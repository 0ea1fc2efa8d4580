package com.flextime.infra.graphql;

import com.flextime.infra.web.ProblemAdvice;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * A resolver's exception as a GraphQL error carrying the REST problem: {@link ProblemAdvice} describes it (same
 * handler, same detail), and its members ({@code type}, {@code status}, {@code violations} with rule ids,
 * {@code errors} with field names, {@code currentVersion}, ...) become the error's extensions. Security exceptions
 * are left to spring-graphql's security resolver (UNAUTHORIZED, FORBIDDEN).
 */
@Component
public class ProblemErrors extends DataFetcherExceptionResolverAdapter {

    private final ProblemAdvice problems;

    public ProblemErrors(ProblemAdvice problems) {
        this.problems = problems;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable e, DataFetchingEnvironment env) {
        if (!(e instanceof Exception exception) || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            return null;
        }
        ProblemDetail problem = problems.problemFor(exception);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("type", problem.getType().toString());
        extensions.put("title", problem.getTitle());
        extensions.put("status", problem.getStatus());
        if (problem.getProperties() != null) {
            extensions.putAll(problem.getProperties());
        }
        return GraphqlErrorBuilder.newError(env).errorType(classification(problem.getStatus()))
                .message(problem.getDetail()).extensions(extensions).build();
    }

    /** The nearest of spring-graphql's classifications; the exact kind is the extensions' {@code type}. */
    private static ErrorType classification(int status) {
        return switch (status) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            case 500 -> ErrorType.INTERNAL_ERROR;
            default -> ErrorType.BAD_REQUEST;
        };
    }
}
