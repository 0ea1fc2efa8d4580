package com.flextime.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/** The endpoints the router functions map (spring-graphql's), as "METHOD /path", for the authorization walk. */
final class RoutedEndpoints implements RouterFunctions.Visitor {

    private final Set<String> routes = new TreeSet<>();

    private RoutedEndpoints() {
    }

    static Set<String> of(RouterFunctionMapping mapping) {
        RoutedEndpoints visitor = new RoutedEndpoints();
        if (mapping.getRouterFunction() != null) {
            mapping.getRouterFunction().accept(visitor);
        }
        return visitor.routes;
    }

    @Override
    public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
        Parts parts = new Parts();
        predicate.accept(parts);
        parts.paths.forEach(path -> parts.methods.forEach(method -> routes.add(method + " " + path)));
    }

    @Override
    public void startNested(RequestPredicate predicate) {
    }

    @Override
    public void endNested(RequestPredicate predicate) {
    }

    @Override
    public void resources(Function<ServerRequest, Optional<Resource>> lookup) {
    }

    @Override
    public void attributes(Map<String, Object> attributes) {
    }

    @Override
    public void unknown(RouterFunction<?> routerFunction) {
    }

    /** The methods and path patterns of one route's predicate; the rest (headers, media types) is ignored. */
    private static final class Parts implements RequestPredicates.Visitor {
        private final Set<String> methods = new TreeSet<>();
        private final List<String> paths = new ArrayList<>();

        @Override
        public void method(Set<HttpMethod> m) {
            m.forEach(method -> methods.add(method.name()));
        }

        @Override
        public void path(String pattern) {
            paths.add(pattern);
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void param(String name, String value) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
