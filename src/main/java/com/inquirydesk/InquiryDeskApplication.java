package com.inquirydesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InquiryDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(InquiryDeskApplication.class, args);
    }
}
