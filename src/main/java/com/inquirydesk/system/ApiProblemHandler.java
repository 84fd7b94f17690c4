package com.inquirydesk.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.LoggerFactory;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of /api/v1 is an RFC 9457 problem document in Korean that names the offending field.
 * Nothing internal (class names, stack traces, SQL) reaches a customer. A feature's own refusals are
 * {@link ApiProblemException}s that carry their problem document, so this handler knows no feature.
 */
@RestControllerAdvice(basePackages = "com.inquirydesk")
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    /** How long a client should wait before trying again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemHandler::describe)
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류",
                errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = path(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            problem = problem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류",
                    field + ": 허용되지 않는 값입니다. 가능한 값: " + allowed);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "가능한 값: " + allowed)));
        } else if (ex.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            problem = problem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", field + ": 형식이 올바르지 않습니다");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "형식이 올바르지 않습니다")));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "요청 본문을 읽을 수 없습니다",
                    "요청 본문이 올바른 JSON이 아닙니다.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String allowed = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? " 가능한 값: " + Arrays.stream(ex.getRequiredType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류",
                field + ": 형식이 올바르지 않습니다." + allowed);
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(field), "message", "형식이 올바르지 않습니다." + allowed)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류",
                ex.getParameterName() + ": 필수 항목입니다.");
        problem.setProperty("errors", List.of(Map.of("field", ex.getParameterName(), "message", "필수 항목입니다.")));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Two changes to one inquiry at once (say, a withdrawal while the agent sends the answer): one wins, the other may retry. */
    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception ex) {
        log.info("Concurrent change refused on the API: {}", ex.getMessage());
        return respond(problem(HttpStatus.CONFLICT, "concurrent-change", "동시에 변경된 문의입니다",
                "같은 문의가 방금 다른 곳에서 변경되어 요청을 반영하지 못했습니다. 잠시 후 다시 시도해 주세요."));
    }

    /**
     * The database cannot be reached (no connection within Hikari's connection timeout, or the connection
     * broke). Nothing was stored, so the client may send the same request again, with the same Idempotency-Key.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class, SQLNonTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable on the API: {}", ex.toString());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "잠시 이용할 수 없습니다",
                "저장소에 연결할 수 없어 요청을 처리하지 못했습니다. 접수된 내용은 없으니 잠시 후 같은 요청을 다시 보내 주세요.");
        problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        // The engine and Hibernate wrap a lost connection in their own exceptions (ProcessEngineException,
        // PersistenceException …); what matters is the cause.
        if (connectionFailureIn(ex) instanceof Exception cause) {
            return databaseUnavailable(cause);
        }
        if (TransientFailures.isTransient(ex)) {
            return concurrentChange(ex);
        }
        log.error("Unhandled error on the API", ex);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "일시적인 오류",
                "요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요. 같은 Idempotency-Key로 다시 보내면 중복 접수되지 않습니다."));
    }

    private static Throwable connectionFailureIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return t;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return Problems.of(status, type, title, detail);
    }

    private static Map<String, String> describe(FieldError error) {
        String field = error.getField().equals("customer.reachable") ? "customer" : error.getField();
        return Map.of("field", field, "message", error.getDefaultMessage() == null ? "올바르지 않은 값" : error.getDefaultMessage());
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
