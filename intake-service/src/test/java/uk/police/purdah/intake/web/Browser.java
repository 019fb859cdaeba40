package uk.police.purdah.intake.web;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without JavaScript, for the page tests: keeps the cookies the application sets and follows redirects
 * itself, so that the real OIDC authorization code flow runs against the devstack's login page.
 */
final class Browser {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastUrl;

    static String app(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }

    /** Opens a page, logging in by name on the devstack OIDC login page when asked to. */
    static Browser loggedInAs(String username) {
        Browser browser = new Browser();
        Response login = browser.get(app("/requests/new"));
        if (!login.asString().contains("name=\"username\"")) {
            throw new AssertionError("expected the OIDC login page, got " + login.statusCode() + " at "
                    + browser.lastUrl);
        }
        browser.post(browser.lastUrl, Map.of("username", username, "claims", ""));
        return browser;
    }

    Response get(String url) {
        return follow(request().get(url), url);
    }

    Response post(String url, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(body.toString());
        return follow(spec.post(url), url);
    }

    /** One request and no redirect followed: what the server answers first. */
    Response getNoRedirect(String url) {
        Response response = request().get(url);
        keepCookies(response);
        return response;
    }

    String lastUrl() {
        return lastUrl;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies);
    }

    private Response follow(Response response, String url) {
        String current = url;
        keepCookies(response);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            current = URI.create(current).resolve(response.header("Location")).toString();
            response = request().get(current);
            keepCookies(response);
        }
        lastUrl = current;
        return response;
    }

    private void keepCookies(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    /** The value of a hidden or text input in a page. */
    static String inputValue(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no input " + name);
        }
        return m.group(1);
    }
}
