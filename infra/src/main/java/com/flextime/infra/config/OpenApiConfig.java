package com.flextime.infra.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: names the API and its bearer-token scheme. */
@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI flexTimeApi() {
        return new OpenAPI()
                .info(new Info().title("FlexTime scheduling API").version("v2")
                        .description("Season schedules as events: commands checked against hard rules, reads from "
                                + "the read model, history for auditors. Errors are RFC 9457 problem+json."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
