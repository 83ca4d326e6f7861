package org.disclosure.etl;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the commands start: Spring Boot's configuration root, from which the job's
 * configurations in {@code batch} are found. The program's entry point is {@code cli.Main}.
 */
@SpringBootApplication
public class DisclosureEtlApplication {
}
