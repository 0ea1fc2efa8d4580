package com.flextime;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service: command side, projections and query side in one Spring Boot application. */
@SpringBootApplication
public class FlexTimeApplication {
}
