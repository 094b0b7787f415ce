package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real browser against the real application: a teacher signs in and sees their classes; a parent signs
 * in and sees their own children only, and a crafted URL for another child is refused.
 * The browser asks for English (Accept-Language): the journal still answers in Russian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final String PASSWORD = "Demo-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.journal();
    }

    @ArquillianResource
    URL base;

    @Test
    void teacherSignsInAndSeesTheirClassesAndTodaysLessons() throws Exception {
        Deployments.awaitHealthy(base);
        try (Browser browser = new Browser()) {
            signIn(browser, "teacher");
            browser.waitUpTo(15).until(ExpectedConditions.urlContains("/teacher/classes.xhtml"));
            assertEquals("Мои классы", browser.driver.findElement(By.tagName("h1")).getText());
            WebElement fiveA = browser.driver.findElement(By.cssSelector(".class-card[data-class='5А']"));
            assertTrue(fiveA.getText().contains("классный руководитель"), fiveA.getText());
            assertTrue(fiveA.getText().contains("математика"), fiveA.getText());
            assertTrue(browser.driver.findElement(By.id("today")).getText().startsWith("Уроки сегодня"));
            List<String> classes = browser.driver.findElements(By.cssSelector(".class-card .class-name")).stream()
                    .map(WebElement::getText).toList();
            long taught = TestDatabase.number("""
                    select count(distinct c.id) from school_class c left join class_subject cs on cs.class_id = c.id
                    where cs.teacher_id = (select person_id from account where login = 'teacher')
                       or c.class_teacher_id = (select person_id from account where login = 'teacher')""");
            assertEquals(taught, classes.size(), "exactly the teacher's classes: " + classes);
            browser.screenshot("teacher-my-classes");
        }
    }

    @Test
    void parentSignsInAndSeesOnlyTheirOwnChildren() throws Exception {
        Deployments.awaitHealthy(base);
        long parentId = TestDatabase.number("select person_id from account where login = 'parent'");
        try (Browser browser = new Browser()) {
            signIn(browser, "parent");
            browser.waitUpTo(15).until(ExpectedConditions.urlContains("/parent/children.xhtml"));
            assertEquals("Мои дети", browser.driver.findElement(By.tagName("h1")).getText());
            Set<String> shown = browser.driver.findElements(By.cssSelector(".child-card .child-name")).stream()
                    .map(WebElement::getText).collect(Collectors.toSet());
            Set<String> own = Set.of(childName(parentId, 0), childName(parentId, 1));
            assertEquals(own, shown, "the parent's own two children and nobody else");
            browser.screenshot("parent-children");

            browser.driver.findElements(By.cssSelector(".child-card a.action")).get(0).click();
            browser.waitUpTo(15).until(ExpectedConditions.urlContains("/parent/diary.xhtml"));
            String title = browser.driver.findElement(By.id("diary-title")).getText();
            assertTrue(own.stream().anyMatch(title::contains), title);
            browser.screenshot("parent-diary");

            long stranger = TestDatabase.number("""
                    select m.student_id from class_membership m where not exists
                      (select 1 from guardianship g where g.child_id = m.student_id and g.parent_id = ?)
                    order by m.student_id limit 1""", parentId);
            browser.driver.get(base + "parent/diary.xhtml?child=" + stranger);
            assertEquals("Доступ запрещён", browser.driver.findElement(By.id("error-title")).getText());
            assertTrue(browser.driver.findElement(By.id("error-text")).getText().contains("недоступен"));
            assertFalse(browser.driver.getPageSource().contains("diary-title"));
        }
    }

    private void signIn(Browser browser, String login) {
        browser.driver.get(base.toString());
        browser.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:login")));
        assertEquals("Вход в электронный журнал", browser.driver.findElement(By.tagName("h1")).getText());
        browser.driver.findElement(By.id("loginForm:login")).sendKeys(login);
        browser.driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("loginForm:signIn")).click();
    }

    private static String childName(long parentId, int index) {
        List<Object> row = TestDatabase.firstRow("""
                select p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') from guardianship g
                  join person p on p.id = g.child_id where g.parent_id = ? order by p.id offset ?""", parentId, index);
        return (String) row.get(0);
    }
}
