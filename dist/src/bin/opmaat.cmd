@echo off
rem opmaat from a release zip on Windows: lib\ holds the CLI and its libraries, plugins\ the SWV plugins.
rem Needs only a Java 17 (or newer) runtime: JAVA_HOME, or java on the PATH. Extra JVM options: OPMAAT_JAVA_OPTS.
setlocal
set "OPMAAT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
set "OPMAAT_CACHE="
if exist "%OPMAAT_HOME%\lib\opmaat.jsa" set "OPMAAT_CACHE=-XX:SharedArchiveFile=%OPMAAT_HOME%\lib\opmaat.jsa"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx192m -Xshare:auto %OPMAAT_CACHE% %OPMAAT_JAVA_OPTS% -cp "%OPMAAT_HOME%\lib\*" nl.opmaat.cli.Main %*
exit /b %ERRORLEVEL%
